package vn.thidua.notification;

/** What a message is about; each has its subject and body in the bundle ({@code notify.<kind>.subject / .body}). */
public enum ReminderKind {
    READY_TO_SIGN, SIGNING_REMINDER, SIGNING_DUE_TODAY
}
