package vn.thidua.tally;

import java.io.Serializable;
import java.util.List;

/**
 * How a cluster stands on each target of its pledge as a whole, read from a computed {@link TallyView}: what a leader
 * wants at a glance ("targets met per cluster", the campaign's met / not met / incomplete) without reading every cell.
 * A cluster-wide target is its cluster cell; an "each member" target is met only when every member it applies to meets
 * it, not met as soon as one does not, incomplete while a member lacks figures and none has failed; a target that is
 * both takes the worse of the two. Plain Java, unit-tested.
 */
public final class TargetOutcome {

    private TargetOutcome() {
    }

    /** Counts of a cluster's (or many clusters') targets by outcome. A view object with getters. */
    public static final class Counts implements Serializable {
        private static final long serialVersionUID = 1L;
        private int met;
        private int notMet;
        private int incomplete;

        public Counts() {
        }

        public Counts(int met, int notMet, int incomplete) {
            this.met = met;
            this.notMet = notMet;
            this.incomplete = incomplete;
        }

        public void add(Status status) {
            switch (status) {
                case MET -> met++;
                case NOT_MET -> notMet++;
                case INCOMPLETE -> incomplete++;
                default -> {
                    // a target that applies to no one counts nowhere
                }
            }
        }

        public void add(Counts other) {
            met += other.met;
            notMet += other.notMet;
            incomplete += other.incomplete;
        }

        public int getMet() {
            return met;
        }

        public int getNotMet() {
            return notMet;
        }

        public int getIncomplete() {
            return incomplete;
        }

        public int getTotal() {
            return met + notMet + incomplete;
        }
    }

    /** The outcome of the cluster's target at {@code index} (the order of {@link TallyView.ClusterTally#getTargets()}). */
    public static Status of(TallyView.ClusterTally cluster, int index) {
        TallyView.TargetHead head = cluster.getTargets().get(index);
        Status whole = Status.NOT_APPLICABLE;
        TallyView.Cell foot = cluster.getCluster().get(index);
        if (foot.isApplies()) {
            whole = parse(foot.getStatus());
        }
        if (!head.isEachMember()) {
            return whole;
        }
        Status members = Status.NOT_APPLICABLE;
        for (TallyView.UnitRow u : cluster.getUnits()) {
            TallyView.Cell cell = u.getCells().get(index);
            if (cell.isApplies()) {
                members = worse(members, parse(cell.getStatus()));
            }
        }
        return worse(whole, members);
    }

    /** Every target of the cluster counted by its outcome; none for a cluster without a pledge. */
    public static Counts of(TallyView.ClusterTally cluster) {
        Counts counts = new Counts();
        if (cluster.isPledged()) {
            for (int i = 0; i < cluster.getTargets().size(); i++) {
                counts.add(of(cluster, i));
            }
        }
        return counts;
    }

    /** The clusters' outcomes added up: the whole campaign's (or the page's) summary row. */
    public static Counts total(List<TallyView.ClusterTally> clusters) {
        Counts counts = new Counts();
        clusters.forEach(c -> counts.add(of(c)));
        return counts;
    }

    /** One target across clusters: its name and how many clusters met it, did not, or lack figures. */
    public static final class TargetLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private final Counts counts = new Counts();

        TargetLine(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        /** The target's name as the pledge states it (its code when it has none). */
        public String getName() {
            return name == null || name.isBlank() ? code : name;
        }

        public Counts getCounts() {
            return counts;
        }
    }

    /** Per target (by code, in the order first met), the clusters' outcomes: the tally's whole-campaign pivot. */
    public static List<TargetLine> byTarget(List<TallyView.ClusterTally> clusters) {
        java.util.Map<String, TargetLine> lines = new java.util.LinkedHashMap<>();
        for (TallyView.ClusterTally c : clusters) {
            if (!c.isPledged()) {
                continue;
            }
            for (int i = 0; i < c.getTargets().size(); i++) {
                TallyView.TargetHead head = c.getTargets().get(i);
                lines.computeIfAbsent(head.getCode(), k -> new TargetLine(k, head.getName())).counts.add(of(c, i));
            }
        }
        return List.copyOf(lines.values());
    }

    /** Not met outweighs incomplete, which outweighs met; "not applicable" yields to anything. */
    static Status worse(Status a, Status b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Status s) {
        return switch (s) {
            case NOT_APPLICABLE -> 0;
            case MET -> 1;
            case INCOMPLETE -> 2;
            case NOT_MET -> 3;
        };
    }

    /** The cell's status as the view keeps it (the API's "met", "not_met"…). */
    static Status parse(String status) {
        if (status == null) {
            return Status.NOT_APPLICABLE;
        }
        for (Status s : Status.values()) {
            if (s.json().equals(status) || s.name().equals(status)) {
                return s;
            }
        }
        return Status.NOT_APPLICABLE;
    }
}
