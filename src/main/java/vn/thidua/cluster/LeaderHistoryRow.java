package vn.thidua.cluster;

import java.io.Serializable;

/**
 * One year of a cluster's history (lịch sử cụm): its leader and deputy, the unit honoured with the rotating flag at the
 * year-end meeting, and the leader and deputy that meeting elected for the next year.
 */
public final class LeaderHistoryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long clusterId;
    private final int year;
    private final String campaignName;
    private final String leaderName;
    private final String deputyName;
    private final String flagHolderName;
    private final String nextLeaderName;
    private final String nextDeputyName;

    public LeaderHistoryRow(long clusterId, int year, String campaignName, String leaderName, String deputyName,
                            String flagHolderName, String nextLeaderName, String nextDeputyName) {
        this.flagHolderName = flagHolderName;
        this.nextLeaderName = nextLeaderName;
        this.nextDeputyName = nextDeputyName;
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

    public String getFlagHolderName() {
        return flagHolderName;
    }

    public String getNextLeaderName() {
        return nextLeaderName;
    }

    public String getNextDeputyName() {
        return nextDeputyName;
    }
}
