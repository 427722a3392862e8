package vn.thidua.tally;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Kết quả thực hiện chỉ tiêu of a campaign: per cluster, each target's evaluation for each member unit and for the
 * cluster as a whole. Built by {@link TallyQueries} from aggregates (never by walking entities); plain getters.
 */
public class TallyView implements Serializable {

    private static final long serialVersionUID = 1L;

    long campaignId;
    String campaignName;
    String campaignYear;
    boolean published;
    List<ClusterTally> clusters = new ArrayList<>();

    public long getCampaignId() {
        return campaignId;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public String getCampaignYear() {
        return campaignYear;
    }

    public boolean isPublished() {
        return published;
    }

    public List<ClusterTally> getClusters() {
        return clusters;
    }

    public static class ClusterTally implements Serializable {
        private static final long serialVersionUID = 1L;
        long id;
        String name;
        boolean pledged;
        List<TargetHead> targets = new ArrayList<>();
        List<UnitRow> units = new ArrayList<>();
        List<Cell> cluster = new ArrayList<>();

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public boolean isPledged() {
            return pledged;
        }

        public List<TargetHead> getTargets() {
            return targets;
        }

        public List<UnitRow> getUnits() {
            return units;
        }

        /** One cell per target: the cluster-wide evaluation, or for "each member" targets how many members meet it. */
        public List<Cell> getCluster() {
            return cluster;
        }
    }

    public static class TargetHead implements Serializable {
        private static final long serialVersionUID = 1L;
        String code;
        String name;
        String kind;
        String threshold;
        boolean eachMember;
        boolean clusterWide;
        int unitsMet;
        int unitsEvaluated;

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getKind() {
            return kind;
        }

        public String getThreshold() {
            return threshold;
        }

        public boolean isEachMember() {
            return eachMember;
        }

        public boolean isClusterWide() {
            return clusterWide;
        }

        public int getUnitsMet() {
            return unitsMet;
        }

        public int getUnitsEvaluated() {
            return unitsEvaluated;
        }

        public String getScope() {
            return eachMember && clusterWide ? "both" : eachMember ? "each_member" : "cluster";
        }
    }

    public static class UnitRow implements Serializable {
        private static final long serialVersionUID = 1L;
        long unitId;
        String code;
        String name;
        List<Cell> cells = new ArrayList<>();

        public long getUnitId() {
            return unitId;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    /** One target's evaluation; empty ("applies") false when the target does not apply at this level. */
    public static class Cell implements Serializable {
        private static final long serialVersionUID = 1L;
        String targetCode;
        boolean applies;
        String status;
        String numerator;
        String denominator;
        String value;
        String percent;
        String threshold;
        int missing;

        public String getTargetCode() {
            return targetCode;
        }

        public boolean isApplies() {
            return applies;
        }

        public String getStatus() {
            return status;
        }

        public String getNumerator() {
            return numerator;
        }

        public String getDenominator() {
            return denominator;
        }

        public String getValue() {
            return value;
        }

        public String getPercent() {
            return percent;
        }

        public String getThreshold() {
            return threshold;
        }

        public int getMissing() {
            return missing;
        }
    }
}
