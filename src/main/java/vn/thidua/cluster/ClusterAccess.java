package vn.thidua.cluster;

import vn.thidua.campaign.CampaignAccess;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Actor;

/**
 * Who may read a cluster (its page, members, pledge, review, files): the shared rule of {@link CampaignAccess}, those
 * who read the whole campaign, and anyone whose subtree holds one of its members. Plain Java, unit-tested.
 */
public final class ClusterAccess {

    private ClusterAccess() {
    }

    public static boolean canRead(Actor actor, Cluster cluster) {
        return CampaignAccess.canReadCluster(actor, cluster.getCampaign().getOrganiser().getPath(),
                cluster.getMemberUnits().stream().map(Unit::getPath).toList());
    }

    public static boolean canManage(Actor actor, Cluster cluster) {
        return CampaignAccess.canManage(actor, cluster.getCampaign().getOrganiser().getPath());
    }
}
