package vn.thidua.pledge;

import java.io.Serializable;

/** A pledge waiting for the reader's signature (shown on the home page), with the last reminder if one was sent. */
public class PledgeTodo implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long clusterId;
    private final long versionId;
    private final String title;
    private final String clusterName;
    private final String remindedAt;

    public PledgeTodo(long clusterId, long versionId, String title, String clusterName, String remindedAt) {
        this.clusterId = clusterId;
        this.versionId = versionId;
        this.title = title;
        this.clusterName = clusterName;
        this.remindedAt = remindedAt;
    }

    public long getClusterId() {
        return clusterId;
    }

    public long getVersionId() {
        return versionId;
    }

    public String getTitle() {
        return title;
    }

    public String getClusterName() {
        return clusterName;
    }

    public String getRemindedAt() {
        return remindedAt;
    }
}
