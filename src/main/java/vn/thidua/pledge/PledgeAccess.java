package vn.thidua.pledge;

import vn.thidua.campaign.CampaignAccess;
import vn.thidua.cluster.Cluster;
import vn.thidua.security.Actor;

/**
 * Who may do what with a cluster's pledge. Staff over the organiser read and run every pledge of the campaign (paper
 * signatures, confirmation); viewers over it read; a chair (or vice-chair) reads only the pledge of a cluster their
 * unit is a member of, comments for their unit, signs for their unit in their own office, and drafts only when their
 * unit leads the cluster.
 */
public final class PledgeAccess {

    private PledgeAccess() {
    }

    public static boolean canRead(Actor actor, Cluster cluster) {
        String organiser = cluster.getCampaign().getOrganiser().getPath();
        if (!CampaignAccess.canRead(actor, organiser)) {
            return false;
        }
        return !actor.isChair() || isMemberChair(actor, cluster);
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
