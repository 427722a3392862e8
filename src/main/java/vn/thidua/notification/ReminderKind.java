package vn.thidua.notification;

/**
 * What a message is about, and the topic under which a person may turn it off; each has its subject and body in the
 * bundle ({@code notify.<kind>.subject / .body}). The name is kept although not every kind is a reminder: it is stored
 * in {@code notification_message.kind} and read by the home page's queries.
 */
public enum ReminderKind {
    READY_TO_SIGN(Topic.SIGNING), SIGNING_REMINDER(Topic.SIGNING), SIGNING_DUE_TODAY(Topic.SIGNING),
    DISCUSSION_OPENED(Topic.DRAFTS), PLEDGE_CONFIRMED(Topic.PLEDGES),
    RESULTS_RETURNED(Topic.RESULTS), RESULTS_ACCEPTED(Topic.RESULTS), RESULTS_PUBLISHED(Topic.RESULTS),
    REVIEW_RETURNED(Topic.REVIEW), VERIFY_EMAIL(Topic.ACCOUNT);

    private final Topic topic;

    ReminderKind(Topic topic) {
        this.topic = topic;
    }

    public Topic topic() {
        return topic;
    }
}
