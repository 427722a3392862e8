package vn.thidua.review;

import vn.thidua.campaign.CampaignAccess;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterAccess;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Actor;

/**
 * Who may do what in a cluster's year-end review. Read: staff and viewers over the organiser, and accounts over one of
 * the cluster's members, chairs included (the ranking is shared within the cluster, as at the meeting). Self-score: the unit's own chair or
 * vice-chair. Review: staff, the leader unit's chair for the other members, and the deputy unit's chair for the leader
 * unit (nobody reviews their own unit). Finalise, reopen, scoring sheet: staff. Meeting and proposals: staff and the
 * leader unit's chair.
 */
public final class ReviewAccess {

    private ReviewAccess() {
    }

    /** The shared cluster read rule ({@link ClusterAccess}): whole-campaign readers, and accounts over a member. */
    public static boolean canRead(Actor actor, Cluster cluster) {
        return ClusterAccess.canRead(actor, cluster);
    }

    public static boolean isStaff(Actor actor, Cluster cluster) {
        return CampaignAccess.canManage(actor, cluster.getCampaign().getOrganiser().getPath());
    }

    public static boolean canSelfScore(Actor actor, Unit unit) {
        return actor.isChair() && actor.getUnitId() != null && actor.getUnitId().equals(unit.getId());
    }

    public static boolean canReview(Actor actor, Cluster cluster, Unit unit) {
        if (isStaff(actor, cluster)) {
            return true;
        }
        if (!actor.isChair() || actor.getUnitId() == null || actor.getUnitId().equals(unit.getId())) {
            return false;
        }
        boolean reviewsLeader = cluster.getLeader().equals(unit);
        Unit reviewer = reviewsLeader ? cluster.getDeputy() : cluster.getLeader();
        return reviewer != null && actor.getUnitId().equals(reviewer.getId());
    }

    public static boolean canRunMeeting(Actor actor, Cluster cluster) {
        return isStaff(actor, cluster) || (actor.isChair() && cluster.isLedBy(actor.getUnitId()));
    }
}
