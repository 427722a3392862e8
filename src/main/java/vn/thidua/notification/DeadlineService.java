package vn.thidua.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignAccess;
import vn.thidua.cluster.Cluster;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Account;
import vn.thidua.security.Actor;
import vn.thidua.shared.RetryOnConflict;
import vn.thidua.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/** Setting and clearing deadlines: the organiser's staff (and administrators), one transaction each. */
@RetryOnConflict
@ApplicationScoped
public class DeadlineService {

    private static final Logger LOG = Logger.getLogger(DeadlineService.class.getName());

    @PersistenceContext
    EntityManager em;

    /** Sets (or moves) the deadline of a step for the campaign, or for one of its clusters when clusterId is given. */
    @Transactional
    public void set(Actor actor, long campaignId, Long clusterId, Step step, LocalDate dueOn) {
        Campaign campaign = managed(actor, campaignId);
        if (clusterId != null) {
            Cluster cluster = em.find(Cluster.class, clusterId);
            RuleViolation.require(cluster != null && cluster.getCampaign().getId().equals(campaignId), "error.required", "cluster");
        }
        String by = name(actor);
        Deadline existing = find(campaignId, clusterId, step);
        if (existing == null) {
            em.persist(new Deadline(campaignId, clusterId, step, dueOn, campaign.getStartsOn(), by, Instant.now()));
        } else {
            existing.moveTo(dueOn, campaign.getStartsOn(), by, Instant.now());
        }
        em.flush();
        LOG.info(() -> "deadline set by=" + actor.getUsername() + " campaign=" + campaignId + " cluster=" + clusterId
                + " step=" + step + " due=" + dueOn);
    }

    /** Removes a deadline (a cluster's override: the campaign's applies again). */
    @Transactional
    public void clear(Actor actor, long campaignId, Long clusterId, Step step) {
        managed(actor, campaignId);
        Deadline existing = find(campaignId, clusterId, step);
        if (existing != null) {
            em.remove(existing);
        }
    }

    private Campaign managed(Actor actor, long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || !CampaignAccess.canManage(actor, campaign.getOrganiser().getPath())) {
            throw new AccessDenied();
        }
        return campaign;
    }

    private Deadline find(long campaignId, Long clusterId, Step step) {
        return em.createQuery("SELECT d FROM Deadline d WHERE d.campaignId = :c AND d.step = :s", Deadline.class)
                .setParameter("c", campaignId).setParameter("s", step).getResultStream()
                .filter(d -> java.util.Objects.equals(clusterId, d.getClusterId())).findFirst().orElse(null);
    }

    private String name(Actor actor) {
        Account account = em.find(Account.class, actor.getAccountId());
        return account == null ? actor.getUsername() : account.getFullName();
    }
}
