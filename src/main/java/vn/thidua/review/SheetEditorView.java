package vn.thidua.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Bảng chấm điểm of a campaign for its editor: the nodes in order with their depth, and the rating bands. */
public class SheetEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    long campaignId;
    String campaignName;
    int year;
    boolean hasPrevious;
    boolean staff;
    boolean locked;
    String maxTotal;
    List<Node> nodes = new ArrayList<>();
    List<Band> bands = new ArrayList<>();

    public long getCampaignId() { return campaignId; }
    public String getCampaignName() { return campaignName; }
    public int getYear() { return year; }
    public boolean isHasPrevious() { return hasPrevious; }
    /** The reader manages the campaign (and it is not closed). */
    public boolean isStaff() { return staff; }
    /** A unit has saved a self-score: the criteria can no longer change. */
    public boolean isLocked() { return locked; }
    public String getMaxTotal() { return maxTotal; }
    public List<Node> getNodes() { return nodes; }
    public List<Band> getBands() { return bands; }

    public List<Node> getAreas() {
        return nodes.stream().filter(n -> n.parentCode == null && "SCORED".equals(n.kind)).toList();
    }

    public static class Node implements Serializable {
        private static final long serialVersionUID = 1L;
        String code;
        String parentCode;
        String name;
        String kind;
        BigDecimal maxPoints;
        boolean evidenceRequired;
        String targetCode;
        String linkMode;
        int depth;
        boolean leaf;
        boolean tieBreak;

        public String getCode() { return code; }
        public String getParentCode() { return parentCode; }
        public String getName() { return name; }
        public String getKind() { return kind; }
        public BigDecimal getMaxPoints() { return maxPoints; }
        public boolean isEvidenceRequired() { return evidenceRequired; }
        public String getTargetCode() { return targetCode; }
        public String getLinkMode() { return linkMode; }
        public int getDepth() { return depth; }
        public boolean isLeaf() { return leaf; }
        public boolean isTieBreak() { return tieBreak; }
    }

    public static class Band implements Serializable {
        private static final long serialVersionUID = 1L;
        String levelCode;
        String levelName;
        BigDecimal minPoints;

        public String getLevelCode() { return levelCode; }
        public String getLevelName() { return levelName; }
        public BigDecimal getMinPoints() { return minPoints; }
        public void setMinPoints(BigDecimal minPoints) { this.minPoints = minPoints; }
    }
}
