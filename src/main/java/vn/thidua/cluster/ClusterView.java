package vn.thidua.cluster;

import java.io.Serializable;

/** A cluster's header: names of its leader and deputy, how many members, and what the viewer may do with it. */
public final class ClusterView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long campaignId;
    private final String name;
    private final long leaderId;
    private final String leaderCode;
    private final String leaderName;
    private final Long deputyId;
    private final String deputyName;
    private final boolean leaderConfirmed;
    private final long memberCount;
    private boolean manageable;
    private boolean registrable;

    public ClusterView(long id, long campaignId, String name, long leaderId, String leaderCode, String leaderName,
                       Long deputyId, String deputyName, boolean leaderConfirmed, long memberCount) {
        this.id = id;
        this.campaignId = campaignId;
        this.name = name;
        this.leaderId = leaderId;
        this.leaderCode = leaderCode;
        this.leaderName = leaderName;
        this.deputyId = deputyId;
        this.deputyName = deputyName;
        this.leaderConfirmed = leaderConfirmed;
        this.memberCount = memberCount;
    }

    ClusterView withRights(boolean canManage, boolean canRegister) {
        this.manageable = canManage;
        this.registrable = canRegister;
        return this;
    }

    public long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getName() {
        return name;
    }

    public long getLeaderId() {
        return leaderId;
    }

    public String getLeaderCode() {
        return leaderCode;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public String getDeputyName() {
        return deputyName;
    }

    public boolean isLeaderConfirmed() {
        return leaderConfirmed;
    }

    public long getMemberCount() {
        return memberCount;
    }

    /** Staff (or admin) over the organiser: may rename, appoint, confirm. */
    public boolean isManageable() {
        return manageable;
    }

    /** May register and remove members: staff over the organiser, or the chair of the leader unit. */
    public boolean isRegistrable() {
        return registrable;
    }
}
