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
    String previousYear;
    String organiser;
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

    /** The organising unit, e.g. "Huyện An Minh" (the issuing body of exported documents). */
    public String getOrganiser() {
        return organiser;
    }

    /** The year compared with, when the campaign was copied from last year's. */
    public String getPreviousYear() {
        return previousYear;
    }

    public boolean isPublished() {
        return published;
    }

    public List<ClusterTally> getClusters() {
        return clusters;
    }

    /** The same tally narrowed to one cluster and/or one target (null: all); the figures are not recomputed. */
    public TallyView filtered(Long clusterId, String targetCode) {
        TallyView copy = new TallyView();
        copy.campaignId = campaignId;
        copy.campaignName = campaignName;
        copy.campaignYear = campaignYear;
        copy.previousYear = previousYear;
        copy.organiser = organiser;
        copy.published = published;
        for (ClusterTally c : clusters) {
            if (clusterId != null && c.id != clusterId) {
                continue;
            }
            ClusterTally k = new ClusterTally();
            k.id = c.id;
            k.name = c.name;
            k.pledged = c.pledged;
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < c.targets.size(); i++) {
                if (targetCode == null || targetCode.isEmpty() || c.targets.get(i).code.equals(targetCode)) {
                    keep.add(i);
                }
            }
            keep.forEach(i -> k.targets.add(c.targets.get(i)));
            keep.forEach(i -> k.cluster.add(c.cluster.get(i)));
            for (UnitRow u : c.units) {
                UnitRow row = new UnitRow();
                row.unitId = u.unitId;
                row.code = u.code;
                row.name = u.name;
                keep.forEach(i -> row.cells.add(u.cells.get(i)));
                k.units.add(row);
            }
            copy.clusters.add(k);
        }
        return copy;
    }

    /** The distinct target codes of the campaign's pledges, for the filter. */
    public List<String> getTargetCodes() {
        List<String> codes = new ArrayList<>();
        clusters.forEach(c -> c.targets.forEach(t -> {
            if (!codes.contains(t.code)) {
                codes.add(t.code);
            }
        }));
        return codes;
    }

    public static class ClusterTally implements Serializable {
        private static final long serialVersionUID = 1L;
        long id;
        String name;
        boolean pledged;
        List<TargetHead> targets = new ArrayList<>();
        List<UnitRow> units = new ArrayList<>();
        List<Cell> cluster = new ArrayList<>();

        /**
         * A copy that a reader may narrow and annotate without touching the original (a kept {@link ClusterSnapshot}):
         * new rows and cells; the target heads are shared, nothing changes them once evaluated.
         */
        ClusterTally copy() {
            ClusterTally k = new ClusterTally();
            k.id = id;
            k.name = name;
            k.pledged = pledged;
            k.targets.addAll(targets);
            for (UnitRow u : units) {
                UnitRow row = new UnitRow();
                row.unitId = u.unitId;
                row.code = u.code;
                row.name = u.name;
                u.cells.forEach(c -> row.cells.add(c.copy()));
                k.units.add(row);
            }
            cluster.forEach(c -> k.cluster.add(c.copy()));
            return k;
        }

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
        String previous;

        Cell copy() {
            Cell c = new Cell();
            c.targetCode = targetCode;
            c.applies = applies;
            c.status = status;
            c.numerator = numerator;
            c.denominator = denominator;
            c.value = value;
            c.percent = percent;
            c.threshold = threshold;
            c.missing = missing;
            c.previous = previous;
            return c;
        }

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

        /** Last year's status of the same target for the same unit (json form), where last year's campaign had it. */
        public String getPrevious() {
            return previous;
        }

        /** The suffix of the cell's style: its status, or "none" where the target does not apply. */
        public String getTone() {
            return applies ? status : "none";
        }

        /** What the cell shows as its figure: the percent where there is one, else the count. */
        public String getShown() {
            return percent == null || percent.isEmpty() ? numerator : percent + " %";
        }

        /** The percent as a number for a bar (0 when there is none), capped at 100. */
        public double getBar() {
            if (percent == null) {
                return 0;
            }
            double value = Double.parseDouble(percent);
            return Math.min(100, Math.max(0, value));
        }

        public int getMissing() {
            return missing;
        }
    }
}
