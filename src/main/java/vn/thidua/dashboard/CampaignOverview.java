package vn.thidua.dashboard;

import vn.thidua.campaign.ClusterProgress;
import vn.thidua.campaign.ReviewStage;
import vn.thidua.notification.DueItem;
import vn.thidua.tally.TargetOutcome;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How one current campaign stands, for a leader's home page: totals over the clusters the reader may read, the clusters
 * themselves (the latest first, at most {@link #SHOWN}; the campaign page lists them all), and for its managers the units
 * overdue for signing with whom to call.
 */
public final class CampaignOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A national campaign has 351 clusters: the home page shows the ones needing attention first, a screen's worth. */
    public static final int SHOWN = 20;

    private final long campaignId;
    private final String name;
    private final int year;
    private final boolean manageable;
    private final List<ClusterRow> clusters;
    private final int clusterCount;
    private final int pledgesSigned;
    private final int signed;
    private final int signers;
    private final int members;
    private final int drafts;
    private final int submitted;
    private final int returned;
    private final int accepted;
    private final Map<ReviewStage, Integer> stages = new EnumMap<>(ReviewStage.class);
    private final TargetOutcome.Counts targets = new TargetOutcome.Counts();
    private final int lateClusters;
    private final List<DueItem> overdue;
    private final Instant targetsAt;

    public CampaignOverview(long campaignId, String name, int year, boolean manageable, List<ClusterRow> all,
                            List<DueItem> overdue, Instant targetsAt) {
        this.campaignId = campaignId;
        this.name = name;
        this.year = year;
        this.manageable = manageable;
        this.overdue = List.copyOf(overdue);
        this.targetsAt = targetsAt;
        int pledges = 0;
        int s = 0;
        int m = 0;
        int mem = 0;
        int d = 0;
        int sub = 0;
        int ret = 0;
        int acc = 0;
        int late = 0;
        for (ClusterRow row : all) {
            ClusterProgress p = row.getProgress();
            if (p != null) {
                pledges += "SIGNED".equals(p.getPledgeStatus()) ? 1 : 0;
                if (p.isSigning()) {
                    s += p.getSigned();
                    m += p.getSigners();
                }
                mem += p.getMembers();
                d += p.getDrafts();
                sub += p.getSubmitted();
                ret += p.getReturned();
                acc += p.getAccepted();
                stages.merge(p.getReviewStage(), 1, Integer::sum);
            }
            targets.add(row.getTargets());
            late += row.getLate().isEmpty() ? 0 : 1;
        }
        this.clusterCount = all.size();
        this.pledgesSigned = pledges;
        this.signed = s;
        this.signers = m;
        this.members = mem;
        this.drafts = d;
        this.submitted = sub;
        this.returned = ret;
        this.accepted = acc;
        this.lateClusters = late;
        this.clusters = all.stream()
                .sorted(java.util.Comparator.comparingLong(ClusterRow::getDaysLate).reversed())
                .limit(SHOWN).toList();
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    /** The reader manages the campaign (staff over its organiser): the overdue list and its telephone numbers are theirs. */
    public boolean isManageable() {
        return manageable;
    }

    /** The clusters shown, the latest first (a stable sort: otherwise in the campaign's order, by name). */
    public List<ClusterRow> getClusters() {
        return clusters;
    }

    public int getClusterCount() {
        return clusterCount;
    }

    /** More clusters than the page shows: it links to the campaign page for the rest. */
    public boolean isMore() {
        return clusterCount > clusters.size();
    }

    public int getPledgesSigned() {
        return pledgesSigned;
    }

    public int getSigned() {
        return signed;
    }

    public int getSigners() {
        return signers;
    }

    public int getMembers() {
        return members;
    }

    public int getDrafts() {
        return drafts;
    }

    public int getSubmitted() {
        return submitted;
    }

    public int getReturned() {
        return returned;
    }

    public int getAccepted() {
        return accepted;
    }

    /** Clusters per review stage, in the stages' order, the stages no cluster is at left out. */
    public List<StageCount> getStages() {
        return stages.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> new StageCount(e.getKey(), e.getValue())).toList();
    }

    /** How many clusters are at one review stage. */
    public static final class StageCount implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ReviewStage stage;
        private final int count;

        StageCount(ReviewStage stage, int count) {
            this.stage = stage;
            this.count = count;
        }

        public ReviewStage getStage() {
            return stage;
        }

        public int getCount() {
            return count;
        }
    }

    public TargetOutcome.Counts getTargets() {
        return targets;
    }

    public int getLateClusters() {
        return lateClusters;
    }

    public List<DueItem> getOverdue() {
        return overdue;
    }

    /** The latest ten of them (the deadlines page lists them all, with an Excel export). */
    public List<DueItem> getOverdueShown() {
        return overdue.subList(0, Math.min(10, overdue.size()));
    }

    /** When the targets' outcomes were computed (they are kept a few seconds; the tally is live). */
    public Instant getTargetsAt() {
        return targetsAt;
    }

    /** The same in Vietnam's time, to the second, as the page writes it. */
    public String getTargetsAtText() {
        return targetsAt == null ? "" : vn.thidua.shared.VietnamTime.formatSeconds(targetsAt);
    }
}
