package vn.thidua.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.campaign.CampaignAccess;
import vn.thidua.organisation.UnitCategory;
import vn.thidua.organisation.UnitNode;
import vn.thidua.security.Actor;
import vn.thidua.shared.Like;

import java.util.List;
import java.util.Optional;

/** Clusters, their members and their history, as small views; each filtered to what the actor may read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClusterQueries {

    private static final String VIEW = "SELECT NEW vn.thidua.cluster.ClusterView(k.id, c.id, k.name, l.id, l.code, l.name,"
            + " d.id, d.name, k.leaderConfirmed, (SELECT COUNT(m) FROM ClusterMember m WHERE m.cluster = k))"
            + " FROM Cluster k JOIN k.campaign c JOIN c.organiser o JOIN k.leader l LEFT JOIN k.deputy d ";

    @PersistenceContext
    EntityManager em;

    /**
     * The clusters of a campaign the actor may read ({@link ClusterAccess}): all of them for whole-campaign readers,
     * otherwise those with a member inside the actor's subtree (for a chair: their unit's).
     */
    public List<ClusterView> ofCampaign(Actor actor, long campaignId, String organiserPath) {
        if (!CampaignAccess.canSee(actor, organiserPath) || actor.getUnitPath() == null && !actor.isAdmin()) {
            return List.of();
        }
        List<ClusterView> views;
        if (!CampaignAccess.canReadAll(actor, organiserPath)) {
            views = em.createQuery(VIEW + "WHERE c.id = :c AND EXISTS (SELECT m FROM ClusterMember m WHERE m.cluster = k"
                            + " AND m.unit.path LIKE :own) ORDER BY k.name", ClusterView.class)
                    .setParameter("c", campaignId)
                    .setParameter("own", Like.prefix(actor.getUnitPath()))
                    .getResultList();
        } else {
            views = em.createQuery(VIEW + "WHERE c.id = :c ORDER BY k.name", ClusterView.class)
                    .setParameter("c", campaignId).getResultList();
        }
        boolean manage = CampaignAccess.canManage(actor, organiserPath);
        views.forEach(v -> v.withRights(manage, manage || (actor.isChair() && actor.getUnitId() != null
                && actor.getUnitId() == v.getLeaderId())));
        return views;
    }

    public Optional<ClusterView> get(Actor actor, long clusterId) {
        List<Object[]> head = em.createQuery("SELECT c.id, o.path, c.status FROM Cluster k JOIN k.campaign c JOIN c.organiser o"
                        + " WHERE k.id = :k", Object[].class)
                .setParameter("k", clusterId).getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        long campaignId = (Long) head.get(0)[0];
        String organiserPath = (String) head.get(0)[1];
        boolean closed = head.get(0)[2] == vn.thidua.campaign.CampaignStatus.CLOSED;
        return ofCampaign(actor, campaignId, organiserPath).stream()
                .filter(v -> v.getId() == clusterId)
                .findFirst()
                .map(v -> closed ? v.withRights(false, false) : v);
    }

    /** Members of a cluster the caller has already read through {@link #get} or {@link #ofCampaign} (its scope check). */
    public List<MemberView> members(ClusterView readable) {
        return em.createQuery("SELECT NEW vn.thidua.cluster.MemberView(u.id, u.code, u.name, t.name, l.id, d.id)"
                        + " FROM ClusterMember m JOIN m.cluster k JOIN k.leader l LEFT JOIN k.deputy d JOIN m.unit u JOIN u.type t"
                        + " WHERE k.id = :k ORDER BY u.name", MemberView.class)
                .setParameter("k", readable.getId()).getResultList();
    }

    /** The same cluster over the years (shared lineage), newest first. */
    public List<LeaderHistoryRow> leaderHistory(ClusterView readable) {
        return em.createQuery("SELECT NEW vn.thidua.cluster.LeaderHistoryRow(k.id, c.year, c.name, l.name, d.name, f.name, nl.name, nd.name)"
                        + " FROM Cluster k JOIN k.campaign c JOIN k.leader l LEFT JOIN k.deputy d LEFT JOIN k.flagHolder f"
                        + " LEFT JOIN k.nextLeader nl LEFT JOIN k.nextDeputy nd"
                        + " WHERE k.lineageKey = (SELECT x.lineageKey FROM Cluster x WHERE x.id = :k)"
                        + " ORDER BY c.year DESC", LeaderHistoryRow.class)
                .setParameter("k", readable.getId()).getResultList();
    }

    /**
     * Units that could join: communes (and other non-hamlet units) strictly inside the organiser's subtree, active,
     * whose name or code matches, and not already in this cluster. Units of other clusters are offered too, so that
     * registering one tells the user why it cannot join. At most 20, for an autocomplete.
     */
    public List<UnitNode> candidates(Actor actor, long clusterId, String text) {
        Optional<ClusterView> cluster = get(actor, clusterId);
        if (cluster.isEmpty() || !cluster.get().isRegistrable()) {
            return List.of();
        }
        String needle = text == null ? "" : vn.thidua.shared.Names.clean(text);
        return em.createQuery("SELECT NEW vn.thidua.organisation.UnitNode(u.id, u.code, u.name, t.name, t.category, u.path,"
                        + " u.validTo, 0L) FROM Unit u JOIN u.type t, Cluster k JOIN k.campaign c JOIN c.organiser o"
                        + " WHERE k.id = :k AND u.path LIKE CONCAT(o.path, '%') AND u.id <> o.id"
                        + " AND t.category = :commune AND u.validTo IS NULL"
                        + " AND (u.name LIKE :name OR u.code LIKE :code)"
                        + " AND NOT EXISTS (SELECT m FROM ClusterMember m WHERE m.cluster = k AND m.unit = u)"
                        + " ORDER BY u.name", UnitNode.class)
                .setParameter("k", clusterId)
                .setParameter("commune", UnitCategory.COMMUNE)
                .setParameter("name", Like.contains(needle))
                .setParameter("code", Like.prefix(needle))
                .setMaxResults(20)
                .getResultList();
    }
}
