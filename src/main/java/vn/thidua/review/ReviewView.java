package vn.thidua.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Bình xét cụm: a cluster's year-end review at a glance — each member's self, reviewed and final score, rating, rank
 * (provisional until every sheet is final), targets met, votes and proposals; the meeting; what the reader may do.
 * Built by {@link ReviewQueries}; plain getters.
 */
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    long clusterId;
    String clusterName;
    long campaignId;
    String campaignName;
    int year;
    String leaderName;
    String deputyName;
    boolean sheetReady;
    String maxTotal;
    String tieBreakArea;
    boolean provisional;
    boolean staff;
    boolean runsMeeting;
    boolean open;
    List<UnitRow> units = new ArrayList<>();
    List<BandRow> bands = new ArrayList<>();
    MeetingView meeting;
    List<ProposalRow> proposals = new ArrayList<>();
    Long nextLeaderId;
    Long nextDeputyId;
    String flagHolder;

    /** Next year's leader: as elected at the meeting, otherwise as the rotation proposes. */
    public Long getNextLeaderId() { return nextLeaderId; }
    public Long getNextDeputyId() { return nextDeputyId; }
    /** The unit holding the rotating flag (cờ luân lưu) this year, or null. */
    public String getFlagHolder() { return flagHolder; }
    public long getClusterId() { return clusterId; }
    public String getClusterName() { return clusterName; }
    public long getCampaignId() { return campaignId; }
    public String getCampaignName() { return campaignName; }
    public int getYear() { return year; }
    public String getLeaderName() { return leaderName; }
    public String getDeputyName() { return deputyName; }
    /** The campaign has a scoring sheet (scoring can start). */
    public boolean isSheetReady() { return sheetReady; }
    public String getMaxTotal() { return maxTotal; }
    /** The area whose points break ties (after targets met), or null when none is chosen. */
    public String getTieBreakArea() { return tieBreakArea; }
    /** Some sheet is not final yet: the ranking uses the best score available and may change. */
    public boolean isProvisional() { return provisional; }
    public boolean isStaff() { return staff; }
    public boolean isRunsMeeting() { return runsMeeting; }
    /** The campaign is not closed. */
    public boolean isOpen() { return open; }
    public List<UnitRow> getUnits() { return units; }
    public List<BandRow> getBands() { return bands; }
    public MeetingView getMeeting() { return meeting; }
    public List<ProposalRow> getProposals() { return proposals; }

    public boolean isAnyReviewed() {
        return units.stream().anyMatch(u -> "reviewed".equals(u.status));
    }

    public static class UnitRow implements Serializable {
        private static final long serialVersionUID = 1L;
        long unitId;
        String code;
        String name;
        boolean leader;
        Long sheetId;
        String status = "self_scoring";
        String selfTotal;
        String reviewedTotal;
        String finalTotal;
        String levelCode;
        String levelName;
        int rank;
        boolean tied;
        int targetsMet;
        int targetsApplying;
        int votes;
        boolean honoured;
        String registered;
        List<String> proposals = new ArrayList<>();
        List<String> eligible = new ArrayList<>();

        /** Awards the unit may still be proposed for (finalised units only). */
        public List<String> getEligible() { return eligible; }
        public long getUnitId() { return unitId; }
        public String getCode() { return code; }
        public String getName() { return name; }
        public boolean isLeader() { return leader; }
        public Long getSheetId() { return sheetId; }
        /** self_scoring, submitted, reviewed, finalised. */
        public String getStatus() { return status; }
        public String getSelfTotal() { return selfTotal; }
        public String getReviewedTotal() { return reviewedTotal; }
        public String getFinalTotal() { return finalTotal; }
        public String getLevelCode() { return levelCode; }
        public String getLevelName() { return levelName; }
        /** 0 when the unit has no score yet. */
        public int getRank() { return rank; }
        public boolean isTied() { return tied; }
        public int getTargetsMet() { return targetsMet; }
        public int getTargetsApplying() { return targetsApplying; }
        public int getVotes() { return votes; }
        public boolean isHonoured() { return honoured; }
        /** What the unit registered for with its pledge (title and commendation), or null. */
        public String getRegistered() { return registered; }
        public List<String> getProposals() { return proposals; }
    }

    public static class BandRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String levelCode;
        String levelName;
        String minPoints;

        public String getLevelCode() { return levelCode; }
        public String getLevelName() { return levelName; }
        public String getMinPoints() { return minPoints; }
    }

    public static class MeetingView implements Serializable {
        private static final long serialVersionUID = 1L;
        String heldOn;
        java.time.LocalDate date;
        String place;
        int attendees;
        int voters;
        String attendeeNames;
        String minutes;
        boolean scan;
        String honoured;
        String nextLeader;
        String nextDeputy;
        Long nextLeaderId;
        Long nextDeputyId;

        public String getHeldOn() { return heldOn; }
        public java.time.LocalDate getDate() { return date; }
        public String getPlace() { return place; }
        public int getAttendees() { return attendees; }
        public int getVoters() { return voters; }
        public String getAttendeeNames() { return attendeeNames; }
        public String getMinutes() { return minutes; }
        public boolean isScan() { return scan; }
        /** The unit honoured by the vote (it holds the rotating flag), or null. */
        public String getHonoured() { return honoured; }
        public String getNextLeader() { return nextLeader; }
        public String getNextDeputy() { return nextDeputy; }
        public Long getNextLeaderId() { return nextLeaderId; }
        public Long getNextDeputyId() { return nextDeputyId; }
    }

    public static class ProposalRow implements Serializable {
        private static final long serialVersionUID = 1L;
        long id;
        long unitId;
        String unitName;
        String awardName;
        String awardKind;
        String reason;

        public long getId() { return id; }
        public long getUnitId() { return unitId; }
        public String getUnitName() { return unitName; }
        public String getAwardName() { return awardName; }
        public String getAwardKind() { return awardKind; }
        public String getReason() { return reason; }
    }
}
