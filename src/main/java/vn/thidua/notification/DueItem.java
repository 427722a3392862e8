package vn.thidua.notification;

import java.time.LocalDate;

/**
 * One thing due (or overdue) for one unit: the step, where, by when, how late, and whom to call (the accounts holding
 * the unit's office, with their telephone where they gave one). A view object with getters (EL does not read records).
 */
public class DueItem {

    private final Step step;
    private final long clusterId;
    private final String clusterName;
    private final String unitName;
    private final String office;
    private final LocalDate dueOn;
    private final long daysLate;
    private final long daysLeft;
    private final String whom;
    private final long versionId;

    public DueItem(Step step, long clusterId, String clusterName, String unitName, String office, LocalDate dueOn,
                   LocalDate today, String whom, long versionId) {
        this.step = step;
        this.clusterId = clusterId;
        this.clusterName = clusterName;
        this.unitName = unitName;
        this.office = office;
        this.dueOn = dueOn;
        this.daysLate = Deadlines.daysLate(dueOn, today);
        this.daysLeft = Deadlines.daysLeft(dueOn, today);
        this.whom = whom;
        this.versionId = versionId;
    }

    public boolean isOverdue() {
        return daysLate > 0;
    }

    public Step getStep() {
        return step;
    }

    public long getClusterId() {
        return clusterId;
    }

    public String getClusterName() {
        return clusterName;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getOffice() {
        return office;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public long getDaysLate() {
        return daysLate;
    }

    public long getDaysLeft() {
        return daysLeft;
    }

    public String getWhom() {
        return whom;
    }

    public long getVersionId() {
        return versionId;
    }
}
