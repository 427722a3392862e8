package vn.thidua.cluster.api;

import vn.thidua.cluster.ClusterView;
import vn.thidua.cluster.MemberView;

import java.util.List;

/** A cluster with its members, as the API returns it. */
public final class ClusterJson {

    private final ClusterView cluster;
    private final List<MemberView> members;

    public ClusterJson(ClusterView cluster, List<MemberView> members) {
        this.cluster = cluster;
        this.members = members;
    }

    public long getId() {
        return cluster.getId();
    }

    public long getCampaignId() {
        return cluster.getCampaignId();
    }

    public String getName() {
        return cluster.getName();
    }

    public String getLeaderCode() {
        return cluster.getLeaderCode();
    }

    public String getLeaderName() {
        return cluster.getLeaderName();
    }

    public String getDeputyName() {
        return cluster.getDeputyName();
    }

    public boolean isLeaderConfirmed() {
        return cluster.isLeaderConfirmed();
    }

    public List<MemberView> getMembers() {
        return members;
    }
}
