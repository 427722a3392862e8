package vn.thidua.award;

import vn.thidua.shared.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.shared.RuleViolation;

import java.util.List;
import java.util.logging.Logger;

/**
 * The catalogue of emulation titles and commendations (data, not code). Everyone signed in reads the active ones;
 * administrators and staff add, rename, withdraw and restore them. Nothing is deleted: registrations point at them.
 */
@RetryOnConflict
@ApplicationScoped
public class AwardService {

    private static final Logger LOG = Logger.getLogger(AwardService.class.getName());
    private static final String VIEW = "SELECT NEW vn.thidua.award.AwardView(a.id, a.code, a.name, a.kind, a.sortOrder, a.active,"
            + " a.requiresRegistration, a.minLevelCode, a.requiredTargets, a.maxPerCluster, a.requiresVoteWinner)"
            + " FROM Award a ";

    @PersistenceContext
    EntityManager em;

    public List<AwardView> active(AwardKind kind) {
        return em.createQuery(VIEW + "WHERE a.kind = :k AND a.active = TRUE ORDER BY a.sortOrder, a.name", AwardView.class)
                .setParameter("k", kind).getResultList();
    }

    public List<AwardView> all() {
        return em.createQuery(VIEW + "ORDER BY a.kind, a.sortOrder, a.name", AwardView.class).getResultList();
    }

    @Transactional
    public long add(Actor actor, String code, String name, AwardKind kind, int sortOrder) {
        requireCurator(actor);
        Award award = new Award(code, name, kind, sortOrder);
        long same = em.createQuery("SELECT COUNT(a) FROM Award a WHERE a.code = :c OR (a.kind = :k AND a.name = :n)", Long.class)
                .setParameter("c", award.getCode()).setParameter("k", kind).setParameter("n", award.getName()).getSingleResult();
        RuleViolation.require(same == 0, "award.error.duplicate", award.getName());
        em.persist(award);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation("award.error.duplicate", award.getName());
        }
        LOG.info(() -> "award added by=" + actor.getUsername() + " code=" + award.getCode());
        return award.getId();
    }

    @Transactional
    public void describe(Actor actor, long awardId, String name, int sortOrder) {
        requireCurator(actor);
        Award award = find(awardId);
        award.describe(name, sortOrder);
        long same = em.createQuery("SELECT COUNT(a) FROM Award a WHERE a.kind = :k AND a.name = :n AND a <> :a", Long.class)
                .setParameter("k", award.getKind()).setParameter("n", award.getName()).setParameter("a", award).getSingleResult();
        RuleViolation.require(same == 0, "award.error.duplicate", award.getName());
    }

    /** Sets the conditions a unit must meet to be proposed for the award at the year-end review. */
    @Transactional
    public void setConditions(Actor actor, long awardId, boolean registration, String minLevel, String targets,
                              Integer perCluster, boolean voteWinner) {
        requireCurator(actor);
        find(awardId).setConditions(registration, minLevel, targets, perCluster, voteWinner);
        LOG.info(() -> "award conditions set by=" + actor.getUsername() + " award=" + awardId);
    }

    @Transactional
    public void setActive(Actor actor, long awardId, boolean active) {
        requireCurator(actor);
        Award award = find(awardId);
        if (active) {
            award.restore();
        } else {
            award.withdraw();
        }
        LOG.info(() -> "award " + (active ? "restored" : "withdrawn") + " by=" + actor.getUsername() + " code=" + award.getCode());
    }

    private Award find(long id) {
        Award award = em.find(Award.class, id);
        if (award == null) {
            throw new AccessDenied();
        }
        return award;
    }

    private static void requireCurator(Actor actor) {
        if (!AwardAccess.canCurate(actor)) {
            throw new AccessDenied();
        }
    }
}
