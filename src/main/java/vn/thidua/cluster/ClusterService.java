package vn.thidua.cluster;

import vn.thidua.shared.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignAccess;
import vn.thidua.organisation.Unit;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.shared.CampaignDataChanged;
import vn.thidua.shared.RuleViolation;

import java.util.List;
import java.util.logging.Logger;

/**
 * Use cases on clusters. Staff over the organiser create clusters and appoint leader and deputy; the chair of the
 * leader unit (and staff) register and remove members while the campaign is not closed.
 */
@RetryOnConflict
@ApplicationScoped
public class ClusterService {

    private static final Logger LOG = Logger.getLogger(ClusterService.class.getName());

    @PersistenceContext
    EntityManager em;

    /** The tally shows a cluster's members, leader (who sees the whole cluster) and name: it must not keep old ones. */
    @Inject
    Event<CampaignDataChanged> changed;

    @Transactional
    public long create(Actor actor, long campaignId, String name, long leaderUnitId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || !CampaignAccess.canManage(actor, campaign.getOrganiser().getPath())) {
            throw new AccessDenied();
        }
        Unit leader = unit(leaderUnitId);
        requireNotInOtherCluster(campaign, leader, null);
        Cluster cluster = new Cluster(campaign, name, leader);
        long sameName = em.createQuery("SELECT COUNT(k) FROM Cluster k WHERE k.campaign = :c AND k.name = :n", Long.class)
                .setParameter("c", campaign).setParameter("n", cluster.getName()).getSingleResult();
        RuleViolation.require(sameName == 0, "cluster.error.duplicateName", cluster.getName());
        em.persist(cluster);
        flushGuardingMembership(leader);
        changed.fire(new CampaignDataChanged(campaignId));
        LOG.info(() -> "cluster created by=" + actor.getUsername() + " cluster=" + cluster.getId() + " leader=" + leader.getCode());
        return cluster.getId();
    }

    @Transactional
    public void rename(Actor actor, long clusterId, String name) {
        Cluster cluster = managed(actor, clusterId);
        cluster.rename(name);
        long sameName = em.createQuery("SELECT COUNT(k) FROM Cluster k WHERE k.campaign = :c AND k.name = :n AND k <> :k", Long.class)
                .setParameter("c", cluster.getCampaign()).setParameter("n", cluster.getName()).setParameter("k", cluster)
                .getSingleResult();
        RuleViolation.require(sameName == 0, "cluster.error.duplicateName", cluster.getName());
        changed.fire(new CampaignDataChanged(cluster.getCampaign().getId()));
        LOG.info(() -> "cluster renamed by=" + actor.getUsername() + " cluster=" + clusterId);
    }

    @Transactional
    public void appointDeputy(Actor actor, long clusterId, Long unitId) {
        Cluster cluster = managed(actor, clusterId);
        Unit unit = unitId == null ? null : unit(unitId);
        cluster.appointDeputy(unit);
        LOG.info(() -> "cluster deputy appointed by=" + actor.getUsername() + " cluster=" + clusterId
                + " unit=" + (unit == null ? "-" : unit.getCode()));
    }

    @Transactional
    public void appointLeadership(Actor actor, long clusterId, long leaderUnitId, Long deputyUnitId) {
        Cluster cluster = managed(actor, clusterId);
        Unit leader = unit(leaderUnitId);
        Unit deputy = deputyUnitId == null ? null : unit(deputyUnitId);
        cluster.appointLeadership(leader, deputy);
        changed.fire(new CampaignDataChanged(cluster.getCampaign().getId()));
        LOG.info(() -> "cluster leadership appointed by=" + actor.getUsername() + " cluster=" + clusterId
                + " leader=" + leader.getCode() + " deputy=" + (deputy == null ? "-" : deputy.getCode()));
    }

    @Transactional
    public void confirmLeader(Actor actor, long clusterId) {
        Cluster cluster = managed(actor, clusterId);
        cluster.confirmLeader();
        LOG.info(() -> "cluster leader confirmed by=" + actor.getUsername() + " cluster=" + clusterId);
    }

    @Transactional
    public void register(Actor actor, long clusterId, long unitId) {
        Cluster cluster = registrable(actor, clusterId);
        Unit unit = unit(unitId);
        requireNotInOtherCluster(cluster.getCampaign(), unit, cluster);
        cluster.register(unit);
        flushGuardingMembership(unit);
        changed.fire(new CampaignDataChanged(cluster.getCampaign().getId()));
        LOG.info(() -> "cluster member registered by=" + actor.getUsername() + " cluster=" + clusterId + " unit=" + unit.getCode());
    }

    @Transactional
    public void remove(Actor actor, long clusterId, long unitId) {
        Cluster cluster = registrable(actor, clusterId);
        Unit unit = unit(unitId);
        cluster.remove(unit);
        changed.fire(new CampaignDataChanged(cluster.getCampaign().getId()));
        LOG.info(() -> "cluster member removed by=" + actor.getUsername() + " cluster=" + clusterId + " unit=" + unit.getCode());
    }

    private void requireNotInOtherCluster(Campaign campaign, Unit unit, Cluster except) {
        var query = em.createQuery("SELECT m.cluster.name FROM ClusterMember m WHERE m.campaignId = :c AND m.unit = :u"
                        + (except == null ? "" : " AND m.cluster <> :k"), String.class)
                .setParameter("c", campaign.getId()).setParameter("u", unit);
        if (except != null) {
            query.setParameter("k", except);
        }
        List<String> other = query.getResultList();
        RuleViolation.require(other.isEmpty(), "cluster.error.inOtherCluster", unit.getName(), other.isEmpty() ? "" : other.get(0));
    }

    /** The unique key on (campaign, unit) settles two registrations racing for one unit: one wins, one is told. */
    private void flushGuardingMembership(Unit unit) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                    throw new RuleViolation("cluster.error.inOtherCluster", unit.getName(), "");
                }
            }
            throw e;
        }
    }

    private Unit unit(long unitId) {
        Unit unit = em.find(Unit.class, unitId);
        RuleViolation.require(unit != null, "error.required", "unit");
        return unit;
    }

    private Cluster managed(Actor actor, long clusterId) {
        Cluster cluster = em.find(Cluster.class, clusterId);
        if (cluster == null || !CampaignAccess.canManage(actor, cluster.getCampaign().getOrganiser().getPath())) {
            throw new AccessDenied();
        }
        return cluster;
    }

    private Cluster registrable(Actor actor, long clusterId) {
        Cluster cluster = em.find(Cluster.class, clusterId);
        if (cluster == null) {
            throw new AccessDenied();
        }
        boolean staff = CampaignAccess.canManage(actor, cluster.getCampaign().getOrganiser().getPath());
        boolean leaderChair = actor.isChair() && cluster.isLedBy(actor.getUnitId());
        if (!staff && !leaderChair) {
            throw new AccessDenied();
        }
        return cluster;
    }
}
