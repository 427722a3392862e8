package vn.thidua.tally;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One target evaluated over a cluster: per member (when the target binds each member) and cluster-wide. */
public final class ClusterResult {

    private final Map<Long, Evaluation> byUnit;
    private final Evaluation cluster;
    private final int unitsMet;
    private final int unitsEvaluated;

    ClusterResult(Map<Long, Evaluation> byUnit, Evaluation cluster) {
        this.byUnit = Collections.unmodifiableMap(new LinkedHashMap<>(byUnit));
        this.cluster = cluster;
        this.unitsMet = (int) byUnit.values().stream().filter(e -> e.getStatus() == Status.MET).count();
        // a member the target does not apply to (no hamlets) is neither a success nor a failure: left out of "x of y"
        this.unitsEvaluated = (int) byUnit.values().stream().filter(e -> e.getStatus() != Status.NOT_APPLICABLE).count();
    }

    /** Member unit id → evaluation, in the members' order; empty when the target is cluster-wide only. */
    public Map<Long, Evaluation> getByUnit() {
        return byUnit;
    }

    /** The cluster-wide evaluation; null when the target is not cluster-wide. */
    public Evaluation getCluster() {
        return cluster;
    }

    public int getUnitsMet() {
        return unitsMet;
    }

    /** Members with a per-unit evaluation other than NOT_APPLICABLE (INCOMPLETE ones included). */
    public int getUnitsEvaluated() {
        return unitsEvaluated;
    }

    @Override
    public String toString() {
        return "ClusterResult{byUnit=" + byUnit + ", cluster=" + cluster + ", met " + unitsMet + "/" + unitsEvaluated + "}";
    }
}
