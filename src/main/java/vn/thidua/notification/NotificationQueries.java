package vn.thidua.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignAccess;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.shared.VietnamTime;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads: a campaign's deadlines, the organiser's overdue list, what is due for one person, the outbox. Only the
 * signing step is computed from the data so far (a required signature missing on a finalised pledge); the other
 * steps' deadlines are kept and shown, their "done" is not read yet.
 */
@ApplicationScoped
public class NotificationQueries {

    private static final String UNSIGNED = "SELECT pv.id, c.id, c.name, s.unit_name, s.office, "
            + "GROUP_CONCAT(CONCAT(a.full_name, COALESCE(CONCAT(' (', ct.phone, ')'), '')) ORDER BY a.full_name SEPARATOR '; ') "
            + "FROM pledge_version pv JOIN pledge p ON p.id = pv.pledge_id JOIN cluster c ON c.id = p.cluster_id "
            + "JOIN pledge_signer s ON s.version_id = pv.id "
            + "LEFT JOIN account a ON a.unit_id = s.unit_id AND a.office = s.office AND a.enabled = TRUE AND a.role = 'CHAIR' "
            + "LEFT JOIN notification_contact ct ON ct.account_id = a.id "
            + "WHERE pv.status = 'FINAL' AND p.campaign_id = ? "
            + "AND NOT EXISTS (SELECT 1 FROM pledge_signature g WHERE g.version_id = pv.id AND g.unit_id = s.unit_id AND g.office = s.office) ";

    @PersistenceContext
    EntityManager em;

    public List<Deadline> deadlines(Actor actor, long campaignId) {
        readable(actor, campaignId);
        return em.createQuery("SELECT d FROM Deadline d WHERE d.campaignId = :c ORDER BY d.step, d.clusterId", Deadline.class)
                .setParameter("c", campaignId).getResultList();
    }

    /** The organiser's overdue list: every required signature missing past its deadline, latest first. */
    public List<DueItem> overdue(Actor actor, long campaignId, LocalDate today) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || !CampaignAccess.canManage(actor, campaign.getOrganiser().getPath())) {
            throw new AccessDenied();
        }
        return unsigned(campaignId, "GROUP BY pv.id, c.id, c.name, s.unit_name, s.office, s.position ORDER BY c.name, s.position",
                null, today).stream().filter(DueItem::isOverdue)
                .sorted(Comparator.comparingLong(DueItem::getDaysLate).reversed()).toList();
    }

    /** What a chair's unit still has to do, with deadlines, over the campaigns they read (signing only so far). */
    public List<DueItem> dueFor(Actor actor, LocalDate today) {
        if (!actor.isChair() || actor.getUnitId() == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> campaigns = em.createNativeQuery("SELECT DISTINCT p.campaign_id FROM pledge p JOIN pledge_version pv "
                + "ON pv.pledge_id = p.id JOIN pledge_signer s ON s.version_id = pv.id WHERE pv.status = 'FINAL' AND s.unit_id = ?")
                .setParameter(1, actor.getUnitId()).getResultList();
        List<DueItem> due = new ArrayList<>();
        for (Number c : campaigns) {
            due.addAll(unsigned(c.longValue(), "AND s.unit_id = ? GROUP BY pv.id, c.id, c.name, s.unit_name, s.office, s.position",
                    actor.getUnitId(), today));
        }
        return due;
    }

    private List<DueItem> unsigned(long campaignId, String tail, Long unitId, LocalDate today) {
        List<Deadline> deadlines = em.createQuery("SELECT d FROM Deadline d WHERE d.campaignId = :c", Deadline.class)
                .setParameter("c", campaignId).getResultList();
        var query = em.createNativeQuery(UNSIGNED + tail).setParameter(1, campaignId);
        if (unitId != null) {
            query.setParameter(2, unitId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<DueItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            long clusterId = ((Number) r[1]).longValue();
            Deadlines.effective(deadlines, Step.SIGNING, clusterId).ifPresent(due -> items.add(new DueItem(Step.SIGNING,
                    clusterId, (String) r[2], (String) r[3], (String) r[4], due, today, (String) r[5], ((Number) r[0]).longValue())));
        }
        return items;
    }

    /** The newest messages (administrators), or one person's own. */
    public List<OutboxRow> outbox(Actor actor, Long accountId, int limit) {
        if (accountId == null && !actor.isAdmin()) {
            throw new AccessDenied();
        }
        if (accountId != null && !actor.isAdmin() && actor.getAccountId() != accountId) {
            throw new AccessDenied();
        }
        @SuppressWarnings("unchecked")
        var query = em.createNativeQuery("SELECT id, kind, recipient, subject, status, attempts, created_at, "
                + "next_attempt_at, sent_at, last_error FROM notification_message "
                + (accountId == null ? "" : "WHERE account_id = ? ") + "ORDER BY id DESC LIMIT ?");
        if (accountId != null) {
            query.setParameter(1, accountId).setParameter(2, limit);
        } else {
            query.setParameter(1, limit);
        }
        List<Object[]> rows = query.getResultList();
        List<OutboxRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new OutboxRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).intValue(), instant(r[6]), instant(r[7]), instant(r[8]), (String) r[9]));
        }
        return result;
    }

    /** The newest delivery attempts (administrators). */
    public List<AttemptRow> attempts(Actor actor, int limit) {
        if (!actor.isAdmin()) {
            throw new AccessDenied();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.message_id, m.recipient, t.attempted_at, t.outcome, t.server_reply, "
                + "t.instance FROM notification_attempt t JOIN notification_message m ON m.id = t.message_id "
                + "ORDER BY t.id DESC LIMIT ?").setParameter(1, limit).getResultList();
        List<AttemptRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new AttemptRow(((Number) r[0]).longValue(), (String) r[1], instant(r[2]), (String) r[3],
                    (String) r[4], (String) r[5]));
        }
        return result;
    }

    /** How many messages are in each state (administrators). */
    public Map<String, Long> counts(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDenied();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, COUNT(*) FROM notification_message GROUP BY status").getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of("QUEUED", "SENDING", "SENT", "FAILED")) {
            counts.put(s, 0L);
        }
        for (Object[] r : rows) {
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    public static LocalDate today() {
        return LocalDate.now(VietnamTime.ZONE);
    }

    private void readable(Actor actor, long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || !CampaignAccess.canSee(actor, campaign.getOrganiser().getPath())) {
            throw new AccessDenied();
        }
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return null;
    }
}
