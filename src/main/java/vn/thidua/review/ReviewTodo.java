package vn.thidua.review;

import java.io.Serializable;

/**
 * A year-end review task on the home page: score one's own unit (self), review a member's submitted sheet (review),
 * or, for staff, finalise a cluster's reviewed sheets (finalise, with how many).
 */
public class ReviewTodo implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final long clusterId;
    private final String clusterName;
    private final Long unitId;
    private final String unitName;
    private final long count;

    public ReviewTodo(String kind, long clusterId, String clusterName, Long unitId, String unitName, long count) {
        this.kind = kind;
        this.clusterId = clusterId;
        this.clusterName = clusterName;
        this.unitId = unitId;
        this.unitName = unitName;
        this.count = count;
    }

    public String getKind() {
        return kind;
    }

    public long getClusterId() {
        return clusterId;
    }

    public String getClusterName() {
        return clusterName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public long getCount() {
        return count;
    }
}
