package vn.thidua.review;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Danh sách đề nghị khen thưởng: what a cluster proposes to the organiser after its year-end meeting, ready to be
 * printed (PDF, administrative layout) or handed on as a spreadsheet. A flat view object with getters; built by
 * {@link ReviewQueries}, never by walking entities.
 */
public class ProposalList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The organising unit the list is addressed to, e.g. "Ủy ban MTTQ Việt Nam huyện An Minh". */
    String organiser;
    /** The place named in the date line, e.g. "An Minh". */
    String place;
    String campaignName;
    String campaignYear;
    String clusterName;
    /** The cluster leader's unit, which issues the list (e.g. "Xã Vân Khánh Tây"). */
    String leaderUnit;
    /** Who signs for the cluster: the leader unit's chair, when the account has a name; may be null. */
    String signerName;
    /** The meeting the proposals come from; null when none is recorded yet. */
    LocalDate meetingDate;
    int attendees;
    int voters;
    /** How ranking ties were broken, in words (shown under the table). */
    String tieBreak;
    List<Row> rows = new ArrayList<>();

    public String getOrganiser() { return organiser; }
    public String getPlace() { return place; }
    public String getCampaignName() { return campaignName; }
    public String getCampaignYear() { return campaignYear; }
    public String getClusterName() { return clusterName; }
    public String getLeaderUnit() { return leaderUnit; }
    public String getSignerName() { return signerName; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public int getAttendees() { return attendees; }
    public int getVoters() { return voters; }
    public String getTieBreak() { return tieBreak; }
    public List<Row> getRows() { return rows; }

    /** One proposal: a unit for one title or commendation. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        int number;
        String unitCode;
        String unitName;
        /** "TITLE" (danh hiệu thi đua) or "COMMENDATION" (hình thức khen thưởng). */
        String awardKind;
        String awardName;
        int rank;
        /** The final score with up to two decimals, e.g. "93.5". */
        String finalScore;
        String ratingName;
        /** Votes at the meeting for the leading unit (suy tôn); 0 when the unit was not a candidate. */
        int votes;
        /** e.g. "5/6": targets of the pledge met by the unit. */
        String targetsMet;
        /** The achievement or reason given with the proposal (thành tích), plain text. */
        String reason;

        public int getNumber() { return number; }
        public String getUnitCode() { return unitCode; }
        public String getUnitName() { return unitName; }
        public String getAwardKind() { return awardKind; }
        public String getAwardName() { return awardName; }
        public int getRank() { return rank; }
        public String getFinalScore() { return finalScore; }
        public String getRatingName() { return ratingName; }
        public int getVotes() { return votes; }
        public String getTargetsMet() { return targetsMet; }
        public String getReason() { return reason; }
    }

    /** For tests and builders in other packages. */
    public static ProposalList of(String organiser, String place, String campaignName, String campaignYear,
                                  String clusterName, String leaderUnit, String signerName, LocalDate meetingDate,
                                  int attendees, int voters, String tieBreak) {
        ProposalList l = new ProposalList();
        l.organiser = organiser;
        l.place = place;
        l.campaignName = campaignName;
        l.campaignYear = campaignYear;
        l.clusterName = clusterName;
        l.leaderUnit = leaderUnit;
        l.signerName = signerName;
        l.meetingDate = meetingDate;
        l.attendees = attendees;
        l.voters = voters;
        l.tieBreak = tieBreak;
        return l;
    }

    public ProposalList add(String unitCode, String unitName, String awardKind, String awardName, int rank,
                            String finalScore, String ratingName, int votes, String targetsMet, String reason) {
        Row r = new Row();
        r.number = rows.size() + 1;
        r.unitCode = unitCode;
        r.unitName = unitName;
        r.awardKind = awardKind;
        r.awardName = awardName;
        r.rank = rank;
        r.finalScore = finalScore;
        r.ratingName = ratingName;
        r.votes = votes;
        r.targetsMet = targetsMet;
        r.reason = reason;
        rows.add(r);
        return this;
    }
}
