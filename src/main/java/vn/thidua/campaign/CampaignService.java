package vn.thidua.campaign;

import vn.thidua.shared.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.shared.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/** Use cases on campaigns: create, edit, launch, close, copy last year's. Staff of the organiser (or above) only. */
@RetryOnConflict
@ApplicationScoped
public class CampaignService {

    private static final Logger LOG = Logger.getLogger(CampaignService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Transactional
    public long create(Actor actor, long organiserId, int year, String name, LocalDate startsOn, LocalDate endsOn) {
        Unit organiser = em.find(Unit.class, organiserId);
        if (organiser == null || !CampaignAccess.canManage(actor, organiser.getPath())) {
            throw new AccessDenied();
        }
        Campaign campaign = new Campaign(organiser, year, name, startsOn, endsOn);
        requireUnique(organiser, campaign.getYear(), campaign.getName(), null);
        em.persist(campaign);
        RatingLevel.defaults(campaign).forEach(em::persist);
        em.flush();
        LOG.info(() -> "campaign created by=" + actor.getUsername() + " campaign=" + campaign.getId() + " organiser=" + organiser.getCode());
        return campaign.getId();
    }

    @Transactional
    public void edit(Actor actor, long campaignId, int year, String name, LocalDate startsOn, LocalDate endsOn) {
        Campaign campaign = managed(actor, campaignId);
        campaign.edit(year, name, startsOn, endsOn);
        requireUnique(campaign.getOrganiser(), campaign.getYear(), campaign.getName(), campaign.getId());
        LOG.info(() -> "campaign edited by=" + actor.getUsername() + " campaign=" + campaignId);
    }

    @Transactional
    public void launch(Actor actor, long campaignId) {
        Campaign campaign = managed(actor, campaignId);
        long clusters = em.createQuery("SELECT COUNT(k) FROM Cluster k WHERE k.campaign = :c", Long.class)
                .setParameter("c", campaign).getSingleResult();
        RuleViolation.require(clusters > 0, "campaign.error.noClusters");
        long unconfirmed = em.createQuery("SELECT COUNT(k) FROM Cluster k WHERE k.campaign = :c AND k.leaderConfirmed = FALSE", Long.class)
                .setParameter("c", campaign).getSingleResult();
        RuleViolation.require(unconfirmed == 0, "campaign.error.leadersUnconfirmed", unconfirmed);
        campaign.launch();
        LOG.info(() -> "campaign launched by=" + actor.getUsername() + " campaign=" + campaignId);
    }

    @Transactional
    public void close(Actor actor, long campaignId) {
        Campaign campaign = managed(actor, campaignId);
        campaign.close();
        LOG.info(() -> "campaign closed by=" + actor.getUsername() + " campaign=" + campaignId);
    }

    /**
     * Next year's campaign with last year's clusters and members; each cluster's leader and deputy are proposed by
     * rotation (or last year's election) and wait for staff to confirm them.
     */
    @Transactional
    public long copyToNextYear(Actor actor, long campaignId) {
        Campaign previous = managed(actor, campaignId);
        Campaign next = previous.copyForNextYear();
        requireUnique(next.getOrganiser(), next.getYear(), next.getName(), null);
        em.persist(next);
        em.createQuery("SELECT l FROM RatingLevel l WHERE l.campaign = :c", RatingLevel.class)
                .setParameter("c", previous).getResultList()
                .forEach(level -> em.persist(level.copyInto(next)));
        em.flush();
        List<Cluster> clusters = em.createQuery("SELECT k FROM Cluster k WHERE k.campaign = :c ORDER BY k.name", Cluster.class)
                .setParameter("c", previous).getResultList();
        for (Cluster cluster : clusters) {
            em.persist(cluster.copyInto(next));
        }
        em.flush();
        LOG.info(() -> "campaign copied by=" + actor.getUsername() + " from=" + campaignId + " to=" + next.getId());
        return next.getId();
    }

    private void requireUnique(Unit organiser, int year, String name, Long exceptId) {
        long same = em.createQuery("SELECT COUNT(c) FROM Campaign c WHERE c.organiser = :o AND c.year = :y AND c.name = :n"
                        + " AND (:except IS NULL OR c.id <> :except)", Long.class)
                .setParameter("o", organiser).setParameter("y", year).setParameter("n", name)
                .setParameter("except", exceptId).getSingleResult();
        RuleViolation.require(same == 0, "campaign.error.duplicate", name, String.valueOf(year)); // a year, not a number: no "2.022"
    }

    private Campaign managed(Actor actor, long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || !CampaignAccess.canManage(actor, campaign.getOrganiser().getPath())) {
            throw new AccessDenied();
        }
        return campaign;
    }
}
