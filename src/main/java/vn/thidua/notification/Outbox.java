package vn.thidua.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.shared.AppConfig;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The outbox (hộp thư đi). Messages are inserted in the transaction of what causes them (through
 * {@link Notifications}, which the use cases call inside their own transaction, so both commit or neither), once per
 * dedupe key
 * ({@code INSERT IGNORE} on a unique key: two instances scanning at once queue one). The sender claims due rows
 * with {@code SELECT … FOR UPDATE SKIP LOCKED}, marks them SENDING and commits before talking to the mail server,
 * then marks each SENT or schedules a retry; a row another instance is claiming is skipped, never waited for.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    /**
     * A row left SENDING this long belongs to an instance that died mid-send: it is claimed again. The message may
     * then be delivered twice if the first instance died after the server accepted it and before marking it SENT;
     * it carries the same Message-ID both times, so mail clients can show it once.
     */
    static final long STALE_CLAIM_SECONDS = 600;

    private static final String CANDIDATES = "SELECT pv.id, c.id, a.id, s.unit_id, s.office, "
            + "(SELECT COUNT(*) FROM pledge_signature g WHERE g.version_id = pv.id AND g.unit_id = s.unit_id AND g.office = s.office), "
            + "ct.email, COALESCE(ct.email_verified, FALSE), COALESCE(ct.wants_email, TRUE), ct.muted, COALESCE(ct.language, 'vi'), "
            + "a.full_name, pv.title, c.name "
            + "FROM pledge_version pv JOIN pledge p ON p.id = pv.pledge_id JOIN cluster c ON c.id = p.cluster_id "
            + "JOIN pledge_signer s ON s.version_id = pv.id "
            + "JOIN account a ON a.unit_id = s.unit_id AND a.office = s.office AND a.enabled = TRUE AND a.role = 'CHAIR' "
            + "LEFT JOIN notification_contact ct ON ct.account_id = a.id "
            + "WHERE pv.status = 'FINAL' ";

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationConfig config;

    @Inject
    AppConfig app;

    /** Messages "ready to sign" to every required signer with an address, in the finalising transaction. */
    public void pledgeFinalised(long versionId) {
        em.flush();
        LocalDate due = signingDeadline(versionId);
        int queued = 0;
        for (SignerCandidate c : candidates("AND pv.id = ?", versionId)) {
            if (ReminderRule.reaches(c)) {
                queued += queue(ReminderKind.READY_TO_SIGN, c, due, ReminderRule.dedupeKey(ReminderKind.READY_TO_SIGN, c, null));
            }
        }
        int n = queued;
        LOG.info(() -> "outbox: pledge version " + versionId + " ready to sign, queued=" + n);
    }

    /**
     * Queues the signing reminders due on {@code today}: for every campaign with a signing deadline near, each
     * finalised pledge's unsigned signers whose effective deadline (the cluster's, else the campaign's) calls for one.
     * Returns how many messages were queued (already queued ones do not count).
     */
    @Transactional
    public int queueReminders(LocalDate today) {
        ReminderRule rule = new ReminderRule(config.getRemindDaysBefore());
        @SuppressWarnings("unchecked")
        List<Number> campaigns = em.createNativeQuery("SELECT DISTINCT campaign_id FROM notification_deadline "
                        + "WHERE step = 'SIGNING' AND due_on BETWEEN ? AND ?")
                .setParameter(1, today).setParameter(2, today.plusDays(config.getRemindDaysBefore())).getResultList();
        int queued = 0;
        for (Number campaignId : campaigns) {
            List<Deadline> deadlines = em.createQuery("SELECT d FROM Deadline d WHERE d.campaignId = :c", Deadline.class)
                    .setParameter("c", campaignId.longValue()).getResultList();
            for (SignerCandidate c : candidates("AND p.campaign_id = ?", campaignId.longValue())) {
                LocalDate due = Deadlines.effective(deadlines, Step.SIGNING, c.clusterId()).orElse(null);
                if (due == null || !ReminderRule.reaches(c)) {
                    continue;
                }
                var kind = rule.kindOn(today, due);
                if (kind.isPresent()) {
                    queued += queue(kind.get(), c, due, ReminderRule.dedupeKey(kind.get(), c, due));
                }
            }
        }
        return queued;
    }

    private LocalDate signingDeadline(long versionId) {
        Object[] ids = (Object[]) em.createNativeQuery("SELECT p.campaign_id, p.cluster_id FROM pledge_version pv "
                + "JOIN pledge p ON p.id = pv.pledge_id WHERE pv.id = ?").setParameter(1, versionId).getSingleResult();
        List<Deadline> deadlines = em.createQuery("SELECT d FROM Deadline d WHERE d.campaignId = :c", Deadline.class)
                .setParameter("c", ((Number) ids[0]).longValue()).getResultList();
        return Deadlines.effective(deadlines, Step.SIGNING, ((Number) ids[1]).longValue()).orElse(null);
    }

    private List<SignerCandidate> candidates(String condition, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CANDIDATES + condition).setParameter(1, id).getResultList();
        List<SignerCandidate> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new SignerCandidate(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), (String) r[4],
                    ((Number) r[5]).longValue() > 0, (String) r[6], truth(r[7]), truth(r[8]), Topic.parse((String) r[9]),
                    (String) r[10], (String) r[11], (String) r[12], (String) r[13]));
        }
        return result;
    }

    static boolean truth(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private int queue(ReminderKind kind, SignerCandidate c, LocalDate due, String dedupeKey) {
        String link = link("/pledge/sign.xhtml?version=" + c.versionId());
        return queue(kind, c.accountId(), c.email(), MessageText.of(kind, c, due, link), dedupeKey);
    }

    /** The page's address as a person opens it from their mail (THIDUA_PUBLIC_URL, else the path alone). */
    public String link(String path) {
        return app.getPublicUrl().map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse("") + path;
    }

    /** Writes one message in the caller's transaction; 0 when its dedupe key is queued already. */
    public int queue(ReminderKind kind, long accountId, String email, MessageText.Text text, String dedupeKey) {
        Timestamp now = Timestamp.from(Instant.now());
        return em.createNativeQuery("INSERT IGNORE INTO notification_message (dedupe_key, kind, account_id, recipient, "
                        + "subject, body, status, attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)")
                .setParameter(1, clip(dedupeKey, 200)).setParameter(2, kind.name()).setParameter(3, accountId)
                .setParameter(4, email).setParameter(5, clip(text.subject(), 300)).setParameter(6, text.body())
                .setParameter(7, now).setParameter(8, now).executeUpdate();
    }

    // ---- the sender's side ---------------------------------------------------------------------------------------

    /** A message claimed for sending. */
    public record Claimed(long id, String recipient, String subject, String body) {
    }

    /**
     * Claims up to {@code limit} due messages for this instance and commits: rows locked by another instance's claim
     * are skipped (SKIP LOCKED), so two senders never take the same row. {@code whileLocked} runs after the rows are
     * locked and marked, before the commit (the sender loops of one instance meet there when
     * {@code thidua.notify.rendezvous} is on, so that their claims overlap). {@code claimed_at} is the moment the rows
     * were locked (the SELECT returned) and {@code claim_held_until} the moment {@code whileLocked} returned: the
     * claim held its locks at least over that window. {@code now} decides which rows are due.
     */
    @Transactional
    public List<Claimed> claim(String instance, int limit, Instant now, Runnable whileLocked) {
        Timestamp at = Timestamp.from(now);
        Timestamp stale = Timestamp.from(now.minusSeconds(STALE_CLAIM_SECONDS));
        // Two steps, so that a claim takes no gap locks (two senders claiming at once would otherwise deadlock on the
        // index entries their status updates move): the candidates are read from the snapshot without locking, then
        // locked one by one by primary key (SKIP LOCKED: a row another sender holds is passed over, never waited
        // for) and kept only if still due, since another sender may have taken it after the snapshot. The primary key is
        // forced: through the status index the server would lock every queued row before sorting and cutting, and the
        // first claimer would hold them all.
        List<Claimed> claimed = new ArrayList<>();
        take(claimed, "status = 'QUEUED' AND next_attempt_at <= ? ORDER BY next_attempt_at, id", "status = 'QUEUED'", at, limit);
        if (claimed.size() < limit) {
            take(claimed, "status = 'SENDING' AND claimed_at < ? ORDER BY claimed_at, id", "status = 'SENDING' AND claimed_at < ?",
                    stale, limit - claimed.size());
        }
        if (claimed.isEmpty()) {
            whileLocked.run();
            return claimed;
        }
        Timestamp locked = Timestamp.from(Instant.now());
        String ids = ids(claimed.stream().map(Claimed::id).toList());
        em.createNativeQuery("UPDATE notification_message SET status = 'SENDING', claimed_by = ?, claimed_at = ? WHERE id IN (" + ids + ")")
                .setParameter(1, instance).setParameter(2, locked).executeUpdate();
        whileLocked.run();
        em.createNativeQuery("UPDATE notification_message SET claim_held_until = ? WHERE id IN (" + ids + ")")
                .setParameter(1, Timestamp.from(Instant.now())).executeUpdate();
        return claimed;
    }

    private void take(List<Claimed> into, String candidates, String still, Timestamp bound, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM notification_message WHERE " + candidates + " LIMIT ?")
                .setParameter(1, bound).setParameter(2, limit * 4).getResultList();
        if (ids.isEmpty()) {
            return;
        }
        // locked in chunks of exactly the rows still wanted, with no LIMIT, so that the server locks only those rows
        List<Long> all = ids.stream().map(Number::longValue).toList();
        int wanted = limit;
        for (int from = 0; from < all.size() && wanted > 0; ) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + wanted));
            from += chunk.size();
            var query = em.createNativeQuery("SELECT id, recipient, subject, body FROM notification_message FORCE INDEX (PRIMARY) "
                    + "WHERE id IN (" + ids(chunk) + ") AND " + still + " FOR UPDATE SKIP LOCKED");
            if (still.contains("?")) {
                query.setParameter(1, bound);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            for (Object[] r : rows) {
                into.add(new Claimed(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]));
            }
            wanted -= rows.size();
        }
    }

    public List<Claimed> claim(String instance, int limit, Instant now) {
        return claim(instance, limit, now, () -> { });
    }

    /** Ids (numbers we read ourselves, never user input) as an SQL list. */
    private static String ids(List<Long> ids) {
        StringBuilder s = new StringBuilder(ids.size() * 8);
        for (Long id : ids) {
            if (!s.isEmpty()) {
                s.append(',');
            }
            s.append(id.longValue());
        }
        return s.toString();
    }

    /**
     * The outcomes of one batch, recorded in one transaction (one commit per batch rather than per message: what a
     * death between sending and this commit costs is the batch's messages sent again, each with its Message-ID).
     */
    @Transactional
    public void settle(String instance, List<MailSender.Outcome> outcomes, Instant now) {
        for (MailSender.Outcome o : outcomes) {
            if (o.sent()) {
                sent(o.id(), instance, o.reply(), now);
            } else {
                failed(o.id(), instance, o.reply(), o.permanent(), now);
            }
        }
    }

    /** The server accepted the message. Only this instance's claim is closed (a reclaimed row is another's now). */
    @Transactional
    public void sent(long id, String instance, String reply, Instant now) {
        Timestamp at = Timestamp.from(now);
        int n = em.createNativeQuery("UPDATE notification_message SET status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                        + "last_error = NULL WHERE id = ? AND status = 'SENDING' AND claimed_by = ?")
                .setParameter(1, at).setParameter(2, id).setParameter(3, instance).executeUpdate();
        attempt(id, at, "SENT", reply, instance);
        if (n == 0) {
            LOG.warning(() -> "outbox: message " + id + " sent by " + instance + " after its claim was taken over");
        }
    }

    /**
     * The attempt failed: retried after the backoff, or FAILED for good after the last attempt or when the server
     * refused the address itself (then the refusal is shown on the person's contact).
     */
    @Transactional
    public void failed(long id, String instance, String reply, boolean permanent, Instant now) {
        Timestamp at = Timestamp.from(now);
        Object[] row = (Object[]) em.createNativeQuery("SELECT attempts, account_id FROM notification_message WHERE id = ? FOR UPDATE")
                .setParameter(1, id).getSingleResult();
        int attempts = ((Number) row[0]).intValue() + 1;
        boolean giveUp = permanent || attempts >= config.getMaxAttempts();
        Timestamp next = Timestamp.from(now.plus(config.getBackoff().after(attempts)));
        em.createNativeQuery("UPDATE notification_message SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, "
                        + "claimed_by = NULL, claimed_at = NULL WHERE id = ? AND status = 'SENDING' AND claimed_by = ?")
                .setParameter(1, giveUp ? "FAILED" : "QUEUED").setParameter(2, attempts).setParameter(3, next)
                .setParameter(4, clip(reply, 1000)).setParameter(5, id).setParameter(6, instance).executeUpdate();
        attempt(id, at, "FAILED", reply, instance);
        if (permanent && row[1] != null) {
            em.createNativeQuery("UPDATE notification_contact SET last_failure = ? WHERE account_id = ?")
                    .setParameter(1, clip(reply, 1000)).setParameter(2, ((Number) row[1]).longValue()).executeUpdate();
        }
    }

    private void attempt(long id, Timestamp at, String outcome, String reply, String instance) {
        em.createNativeQuery("INSERT INTO notification_attempt (message_id, attempted_at, outcome, server_reply, instance) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, at).setParameter(3, outcome).setParameter(4, clip(reply, 1000))
                .setParameter(5, clip(instance, 100)).executeUpdate();
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
