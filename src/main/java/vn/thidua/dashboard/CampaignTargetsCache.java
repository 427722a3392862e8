package vn.thidua.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.thidua.security.Actor;
import vn.thidua.shared.CampaignDataChanged;
import vn.thidua.tally.TallyQueries;
import vn.thidua.tally.TallyView;
import vn.thidua.tally.TargetOutcome;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Each cluster's targets met / not met / incomplete for a whole campaign, as the home page shows them. They come from
 * the tally itself ({@link TallyQueries}, the same evaluation as the tally page, never a second set of rules), but the
 * national tally costs 0.3–0.5 s (docs/performance.md) and staff open their home page far more often than the tally:
 * so the counts are kept per campaign, at most {@link #MAX_AGE_SECONDS} s, and after results change (through this
 * instance) at most {@link #AFTER_CHANGE_SECONDS} s, whichever comes first; one request computes while the others
 * read the counts kept (never twenty national tallies at once). The page says when they were computed and links to
 * the live tally. What is kept is scope-free, counted per cluster: each reader only sees the clusters of their scope.
 */
@ApplicationScoped
public class CampaignTargetsCache {

    static final int MAX_AGE_SECONDS = 30;
    static final int AFTER_CHANGE_SECONDS = 5;

    @Inject
    TallyQueries tally;

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Long, Object> computing = new ConcurrentHashMap<>();

    /** The per-cluster counts and when they were computed (nanoTime), whether results changed since. */
    record Entry(Map<Long, TargetOutcome.Counts> byCluster, long computedAt, java.time.Instant at, boolean changed) {
    }

    /** The kept counts of the campaign if fresh enough, else computed now (one caller at a time; the others read the old). */
    Entry of(long campaignId) {
        long now = System.nanoTime();
        Entry kept = entries.get(campaignId);
        if (kept != null && fresh(kept, now)) {
            return kept;
        }
        Object lock = new Object();
        if (kept != null && computing.putIfAbsent(campaignId, lock) != null) {
            // someone is computing already: the counts kept are at most a few seconds old
            return kept;
        }
        try {
            Entry computed = compute(campaignId, now);
            entries.put(campaignId, computed);
            return computed;
        } finally {
            computing.remove(campaignId, lock);
        }
    }

    private boolean fresh(Entry entry, long now) {
        long age = now - entry.computedAt();
        return age < TimeUnit.SECONDS.toNanos(entry.changed() ? AFTER_CHANGE_SECONDS : MAX_AGE_SECONDS);
    }

    private Entry compute(long campaignId, long now) {
        Map<Long, TargetOutcome.Counts> byCluster = new HashMap<>();
        // the system actor: what is kept is the whole campaign, narrowed per reader to the clusters they may read
        TallyView view = tally.campaign(Actor.system(), campaignId).orElse(null);
        if (view != null) {
            for (TallyView.ClusterTally c : view.getClusters()) {
                byCluster.put(c.getId(), TargetOutcome.of(c));
            }
        }
        return new Entry(Map.copyOf(byCluster), now, java.time.Instant.now(), false);
    }

    /** After the writing transaction ends: the next home page within a few seconds shows the change. */
    void campaignDataChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) CampaignDataChanged event) {
        entries.computeIfPresent(event.campaignId(), (k, e) -> new Entry(e.byCluster(), e.computedAt(), e.at(), true));
    }
}
