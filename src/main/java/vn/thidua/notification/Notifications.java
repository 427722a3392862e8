package vn.thidua.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.security.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The notification feature's public API for the other features' use cases: one call in the use case's own
 * transaction writes the messages its event causes into the outbox ({@code MANDATORY}: called outside a transaction
 * it fails, so a message can never be queued for an event that rolled back, nor an event commit without its
 * messages). Who receives what is {@link Audience}'s rule; the wording is in the bundles, in each person's language.
 * Nothing here talks to the mail server.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    private static final String PEOPLE = "SELECT a.id, a.unit_id, a.office, a.full_name, ct.email, "
            + "COALESCE(ct.email_verified, FALSE), COALESCE(ct.wants_email, TRUE), COALESCE(ct.language, 'vi'), ct.muted, u.name "
            + "FROM account a JOIN notification_contact ct ON ct.account_id = a.id JOIN unit u ON u.id = a.unit_id "
            + "WHERE a.enabled = TRUE AND a.role = 'CHAIR' AND ct.email IS NOT NULL AND a.unit_id IN ";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    /** A pledge version finalised: "ready to sign" to each required signer (with the signing deadline). */
    public void pledgeFinalised(long versionId) {
        outbox.pledgeFinalised(versionId);
    }

    /** A draft opened for comments: the cluster's member chairs are asked to comment. */
    public void discussionOpened(Actor by, long versionId) {
        Object[] v = version(versionId);
        long clusterId = ((Number) v[2]).longValue();
        queueAll(ReminderKind.DISCUSSION_OPENED, by, "(SELECT m.unit_id FROM cluster_member m WHERE m.cluster_id = ?)", clusterId,
                p -> new String[]{(String) v[0], (String) v[1], "", outbox.link("/pledge/pledge.xhtml?cluster=" + clusterId)},
                p -> "DISCUSSION_OPENED:" + versionId + ":" + p.accountId() + ":" + v[4]);
    }

    /** Signed by all and confirmed: every member chair gets the verification code and the link that checks the PDF. */
    public void pledgeConfirmed(Actor by, long versionId) {
        Object[] v = version(versionId);
        String code = (String) v[3];
        queueAll(ReminderKind.PLEDGE_CONFIRMED, by, "(SELECT m.unit_id FROM cluster_member m WHERE m.cluster_id = ?)",
                ((Number) v[2]).longValue(),
                p -> new String[]{(String) v[0], (String) v[1], code, outbox.link("/verify.xhtml?code=" + code)},
                p -> "PLEDGE_CONFIRMED:" + versionId + ":" + p.accountId());
    }

    /** A commune's results report returned with its reason. */
    public void resultsReturned(Actor by, long campaignId, long unitId, String reason) {
        report(ReminderKind.RESULTS_RETURNED, by, campaignId, unitId, reason);
    }

    /** A commune's results report accepted by staff. */
    public void resultsAccepted(Actor by, long campaignId, long unitId) {
        report(ReminderKind.RESULTS_ACCEPTED, by, campaignId, unitId, "");
    }

    /** The campaign's results published: every member unit's chairs, each with their own unit's sheet. */
    public void resultsPublished(Actor by, long campaignId) {
        String name = campaignName(campaignId);
        queueAll(ReminderKind.RESULTS_PUBLISHED, by, "(SELECT m.unit_id FROM cluster_member m WHERE m.campaign_id = ?)", campaignId,
                p -> new String[]{name, p.unitName(), "", outbox.link("/assessment/results.xhtml?campaign=" + campaignId + "&unit=" + p.person().unitId())},
                p -> "RESULTS_PUBLISHED:" + campaignId + ":" + p.accountId());
    }

    /** A unit's review sheet reviewed by the cluster's leader and returned to the unit with the scores. */
    public void reviewReturned(Actor by, long sheetId) {
        Object[] s = (Object[]) em.createNativeQuery("SELECT r.campaign_id, r.unit_id, c.name FROM review_sheet r "
                + "JOIN campaign c ON c.id = r.campaign_id WHERE r.id = ?").setParameter(1, sheetId).getSingleResult();
        long unitId = ((Number) s[1]).longValue();
        long at = Instant.now().toEpochMilli();
        queueAll(ReminderKind.REVIEW_RETURNED, by, "(?)", unitId,
                p -> new String[]{(String) s[2], p.unitName(), "", outbox.link("/review/score.xhtml?sheet=" + sheetId)},
                p -> "REVIEW_RETURNED:" + sheetId + ":" + p.accountId() + ":" + at);
    }

    private void report(ReminderKind kind, Actor by, long campaignId, long unitId, String reason) {
        String name = campaignName(campaignId);
        // a report may be returned (or accepted after a reopening) more than once: each event is its own message
        long at = Instant.now().toEpochMilli();
        queueAll(kind, by, "(?)", unitId,
                p -> new String[]{name, p.unitName(), reason, outbox.link("/assessment/results.xhtml?campaign=" + campaignId + "&unit=" + unitId)},
                p -> kind.name() + ":" + campaignId + ":" + unitId + ":" + p.accountId() + ":" + at);
    }

    /** A person with their unit's name, as the messages need it. */
    record Recipient(Audience.Person person, String unitName) {
        long accountId() {
            return person.accountId();
        }
    }

    private void queueAll(ReminderKind kind, Actor by, String units, long id,
                          java.util.function.Function<Recipient, String[]> args,
                          java.util.function.Function<Recipient, String> key) {
        em.flush();
        Long causedBy = by == null ? null : by.getAccountId();
        int queued = 0;
        for (Recipient r : people(units, id)) {
            if (Audience.receives(kind, r.person(), causedBy)) {
                String[] a = args.apply(r);
                MessageText.Text text = MessageText.of(kind, r.person().language(), r.person().fullName(), a[0], a[1], a[2], a[3]);
                queued += outbox.queue(kind, r.accountId(), r.person().email(), text, key.apply(r));
            }
        }
        int n = queued;
        LOG.info(() -> "outbox: " + kind + " id=" + id + " queued=" + n);
    }

    private List<Recipient> people(String units, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PEOPLE + units).setParameter(1, id).getResultList();
        List<Recipient> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new Recipient(new Audience.Person(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], (String) r[4], Outbox.truth(r[5]), Outbox.truth(r[6]), (String) r[7], Topic.parse((String) r[8])),
                    (String) r[9]));
        }
        return result;
    }

    /** title, cluster name, cluster id, verification code, revision. */
    private Object[] version(long versionId) {
        return (Object[]) em.createNativeQuery("SELECT pv.title, c.name, c.id, pv.verification_code, pv.revision FROM pledge_version pv "
                + "JOIN pledge p ON p.id = pv.pledge_id JOIN cluster c ON c.id = p.cluster_id WHERE pv.id = ?")
                .setParameter(1, versionId).getSingleResult();
    }

    private String campaignName(long campaignId) {
        return (String) em.createNativeQuery("SELECT name FROM campaign WHERE id = ?").setParameter(1, campaignId).getSingleResult();
    }
}
