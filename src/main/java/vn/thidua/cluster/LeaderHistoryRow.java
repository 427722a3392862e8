package vn.thidua.cluster;

import java.io.Serializable;

/** One year of a cluster's leadership (lịch sử cụm trưởng). */
public final class LeaderHistoryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long clusterId;
    private final int year;
    private final String campaignName;
    private final String leaderName;
    private final String deputyName;

    public LeaderHistoryRow(long clusterId, int year, String campaignName, String leaderName, String deputyName) {
        this.clusterId = clusterId;
        this.year = year;
        this.campaignName = campaignName;
        this.leaderName = leaderName;
        this.deputyName = deputyName;
    }

    public long getClusterId() {
        return clusterId;
    }

    public int getYear() {
        return year;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public String getDeputyName() {
        return deputyName;
    }
}
