package vn.thidua.pledge;

import vn.thidua.campaign.CampaignAccess;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterAccess;
import vn.thidua.security.Actor;

/**
 * Who may do what with a cluster's pledge. Staff over the organiser read and run every pledge of the campaign (paper
 * signatures, confirmation); viewers over it read; any other account (a chair or vice-chair, a commune's viewer or
 * staff) reads only the pledge of a cluster a unit of its subtree is a member of; a chair comments for their unit, signs for their unit in their own office, and drafts only when their
 * unit leads the cluster.
 */
public final class PledgeAccess {

    private PledgeAccess() {
    }

    /** The shared cluster read rule ({@link ClusterAccess}): whole-campaign readers, and accounts over a member. */
    public static boolean canRead(Actor actor, Cluster cluster) {
        return ClusterAccess.canRead(actor, cluster);
    }

    public static boolean canManage(Actor actor, Cluster cluster) {
        return CampaignAccess.canManage(actor, cluster.getCampaign().getOrganiser().getPath());
    }

    public static boolean canDraft(Actor actor, Cluster cluster) {
        return canManage(actor, cluster) || (actor.isChair() && cluster.isLedBy(actor.getUnitId()));
    }

    public static boolean isMemberChair(Actor actor, Cluster cluster) {
        return actor.isChair() && actor.getUnitId() != null
                && cluster.getMemberUnits().stream().anyMatch(u -> u.getId().equals(actor.getUnitId()));
    }
}
