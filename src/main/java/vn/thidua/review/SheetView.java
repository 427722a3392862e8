package vn.thidua.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Phiếu chấm điểm of one unit as a page shows it: each area and criterion with its maximum, the self-score and note,
 * the evidence, the reviewed score and reason side by side, the final score; linked criteria with the target's result
 * they were computed from; totals; the history; and what the reader may do. Built by {@link ReviewQueries}.
 */
public class SheetView implements Serializable {

    private static final long serialVersionUID = 1L;

    long sheetId;
    long clusterId;
    String clusterName;
    long campaignId;
    String campaignName;
    long unitId;
    String unitCode;
    String unitName;
    String status;
    String selfTotal;
    String reviewedTotal;
    String finalTotal;
    String levelName;
    String maxTotal;
    boolean canSelfScore;
    boolean canReview;
    boolean staff;
    List<Row> rows = new ArrayList<>();
    List<ChangeRow> history = new ArrayList<>();

    public long getSheetId() { return sheetId; }
    public long getClusterId() { return clusterId; }
    public String getClusterName() { return clusterName; }
    public long getCampaignId() { return campaignId; }
    public String getCampaignName() { return campaignName; }
    public long getUnitId() { return unitId; }
    public String getUnitCode() { return unitCode; }
    public String getUnitName() { return unitName; }
    public String getStatus() { return status; }
    public String getSelfTotal() { return selfTotal; }
    public String getReviewedTotal() { return reviewedTotal; }
    public String getFinalTotal() { return finalTotal; }
    public String getLevelName() { return levelName; }
    public String getMaxTotal() { return maxTotal; }
    /** The reader is this unit's chair and the sheet is in self-scoring. */
    public boolean isCanSelfScore() { return canSelfScore; }
    /** The reader may review this unit and the sheet is submitted or reviewed. */
    public boolean isCanReview() { return canReview; }
    public boolean isStaff() { return staff; }
    public boolean isCanFinalise() { return staff && "reviewed".equals(status); }
    public boolean isCanReopen() { return staff && "finalised".equals(status); }
    public boolean isCanCompleteReview() { return canReview && "submitted".equals(status); }
    public List<Row> getRows() { return rows; }
    public List<ChangeRow> getHistory() { return history; }

    /** One node of the sheet; groups (areas) have no scores of their own, only subtotals. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        String code;
        String name;
        int depth;
        String kind;
        String maxPoints;
        boolean leaf;
        boolean evidenceRequired;
        String targetCode;
        String linkMode;
        String targetStatus;
        String targetPercent;
        java.math.BigDecimal self;
        String selfNote;
        java.math.BigDecimal reviewed;
        String reviewReason;
        String finalPoints;
        String selfSubtotal;
        String reviewedSubtotal;
        List<FileRow> evidence = new ArrayList<>();
        String selfInput;
        String reviewedInput;

        /** What the form shows and takes for the self-score: typed as the user writes it ("7,5" or "7.5"). */
        public String getSelfInput() { return selfInput; }
        public void setSelfInput(String selfInput) { this.selfInput = selfInput; }
        public String getReviewedInput() { return reviewedInput; }
        public void setReviewedInput(String reviewedInput) { this.reviewedInput = reviewedInput; }
        public String getSelfText() { return ReviewQueries.plain(self); }
        public String getReviewedText() { return ReviewQueries.plain(reviewed); }

        public String getCode() { return code; }
        public String getName() { return name; }
        public int getDepth() { return depth; }
        /** scored, bonus, deduction. */
        public String getKind() { return kind; }
        public String getMaxPoints() { return maxPoints; }
        public boolean isLeaf() { return leaf; }
        public boolean isEvidenceRequired() { return evidenceRequired; }
        public String getTargetCode() { return targetCode; }
        public boolean isLinked() { return targetCode != null; }
        public String getLinkMode() { return linkMode; }
        /** The target's status for the unit (met, not_met, incomplete, not_applicable), for a linked criterion. */
        public String getTargetStatus() { return targetStatus; }
        public String getTargetPercent() { return targetPercent; }
        public java.math.BigDecimal getSelf() { return self; }
        public void setSelf(java.math.BigDecimal self) { this.self = self; }
        public String getSelfNote() { return selfNote; }
        public void setSelfNote(String selfNote) { this.selfNote = selfNote; }
        public java.math.BigDecimal getReviewed() { return reviewed; }
        public void setReviewed(java.math.BigDecimal reviewed) { this.reviewed = reviewed; }
        public String getReviewReason() { return reviewReason; }
        public void setReviewReason(String reviewReason) { this.reviewReason = reviewReason; }
        public String getFinalPoints() { return finalPoints; }
        public String getSelfSubtotal() { return selfSubtotal; }
        public String getReviewedSubtotal() { return reviewedSubtotal; }
        /** The reviewed score differs from the self-score. */
        public boolean isDiffers() {
            return leaf && reviewed != null && (self == null ? reviewed.signum() != 0 : reviewed.compareTo(self) != 0);
        }
        public List<FileRow> getEvidence() { return evidence; }
    }

    public static class FileRow implements Serializable {
        private static final long serialVersionUID = 1L;
        long id;
        long fileId;
        String name;

        public long getId() { return id; }
        public long getFileId() { return fileId; }
        public String getName() { return name; }
    }

    public static class ChangeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String when;
        String who;
        String criterion;
        String what;
        String oldValue;
        String newValue;
        String reason;

        public String getWhen() { return when; }
        public String getWho() { return who; }
        public String getCriterion() { return criterion; }
        public String getWhat() { return what; }
        public String getOldValue() { return oldValue; }
        public String getNewValue() { return newValue; }
        public String getReason() { return reason; }
    }
}
