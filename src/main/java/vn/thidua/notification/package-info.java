/**
 * Thông báo, nhắc hạn (notifications and deadlines): reaching people who rarely sign in.
 *
 * <p>Owns its tables (V9, V14): {@code notification_deadline} (hạn chót per campaign step, overridable per cluster),
 * {@code notification_contact} (a person's e-mail, telephone and preferences, kept here rather than on the account),
 * {@code notification_email_token} (single-use verification links, hashed), {@code notification_message} (the
 * outbox) and {@code notification_attempt} (every delivery attempt).
 *
 * <p>Rules: deadlines are set by the organiser's staff only ({@code CampaignAccess.canManage}); a cluster's deadline
 * overrides the campaign's for that cluster ({@link vn.thidua.notification.Deadlines}); a message is queued in the
 * transaction of the event that causes it and at most once per dedupe key; the sender claims rows with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} so that two instances never send the same row, and retries with exponential
 * backoff ({@link vn.thidua.notification.Backoff}); reminders go only to required signers who have not signed
 * ({@link vn.thidua.notification.ReminderRule}); who hears of the other events of the year, and that only a verified
 * address gets anything but its verification, is {@link vn.thidua.notification.Audience}.
 *
 * <p>May use: campaign, cluster and security (and reads of the pledge, results and review tables), shared. The pledge,
 * assessment and review use cases call its public API ({@link vn.thidua.notification.Notifications}) inside their
 * transactions; it imports none of them, so no cycle arises.
 */
package vn.thidua.notification;
