/**
 * Thông báo, nhắc hạn (notifications and deadlines): reaching people who rarely sign in.
 *
 * <p>Owns its tables (V9): {@code notification_deadline} (hạn chót per campaign step, overridable per cluster),
 * {@code notification_contact} (a person's e-mail, telephone and preferences, kept here rather than on the account),
 * {@code notification_message} (the outbox) and {@code notification_attempt} (every delivery attempt).
 *
 * <p>Rules: deadlines are set by the organiser's staff only ({@code CampaignAccess.canManage}); a cluster's deadline
 * overrides the campaign's for that cluster ({@link vn.thidua.notification.Deadlines}); a message is queued in the
 * transaction of the event that causes it and at most once per dedupe key; the sender claims rows with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} so that two instances never send the same row, and retries with exponential
 * backoff ({@link vn.thidua.notification.Backoff}); reminders go only to required signers who have not signed
 * ({@link vn.thidua.notification.ReminderRule}).
 *
 * <p>May use: campaign, cluster, pledge and security (reads of their tables, the {@code PledgeFinalised} event),
 * shared. Nothing else depends on it.
 */
package vn.thidua.notification;
