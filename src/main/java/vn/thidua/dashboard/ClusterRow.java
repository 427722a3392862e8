package vn.thidua.dashboard;

import vn.thidua.campaign.ClusterProgress;
import vn.thidua.tally.TargetOutcome;

import java.io.Serializable;
import java.util.List;

/** One cluster on a leader's home page: its progress, its targets' outcomes and the steps it is late on. */
public final class ClusterRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String leaderName;
    private final ClusterProgress progress;
    private final TargetOutcome.Counts targets;
    private final List<LateStep> late;

    public ClusterRow(long id, String name, String leaderName, ClusterProgress progress, TargetOutcome.Counts targets,
                      List<LateStep> late) {
        this.id = id;
        this.name = name;
        this.leaderName = leaderName;
        this.progress = progress;
        this.targets = targets;
        this.late = List.copyOf(late);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public ClusterProgress getProgress() {
        return progress;
    }

    public TargetOutcome.Counts getTargets() {
        return targets;
    }

    public List<LateStep> getLate() {
        return late;
    }

    /** The most days late over its steps (0 when on time): the page lists the latest first. */
    public long getDaysLate() {
        return late.stream().mapToLong(LateStep::getDaysLate).max().orElse(0);
    }
}
