package vn.thidua.tally;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.CampaignDataChanged;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cluster's tally kept a few seconds: reused while young, dropped when results change, never kept stale. */
class TallyCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger computed = new AtomicInteger();

    private Supplier<Optional<ClusterSnapshot>> computing() {
        return () -> {
            computed.incrementAndGet();
            TallyView.ClusterTally tally = new TallyView.ClusterTally();
            tally.id = 7;
            return Optional.of(new ClusterSnapshot(tally, 1L));
        };
    }

    private void seconds(long s) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(s));
    }

    @Test
    void aYoungEntryIsReusedAndAnOldOneComputedAgain() {
        TallyCache cache = new TallyCache(30, 100, now::get);
        Optional<ClusterSnapshot> first = cache.cluster(1, 7, computing());
        seconds(29);
        assertSame(first.get(), cache.cluster(1, 7, computing()).get());
        assertEquals(1, computed.get());
        seconds(1);
        assertNotSame(first.get(), cache.cluster(1, 7, computing()).get(), "30 s old: computed again");
        assertEquals(2, computed.get());
    }

    @Test
    void clustersAndCampaignsAreKeptApart() {
        TallyCache cache = new TallyCache(30, 100, now::get);
        cache.cluster(1, 7, computing());
        cache.cluster(1, 8, computing());
        cache.cluster(2, 7, computing());
        assertEquals(3, computed.get());
        assertEquals(3, cache.size());
    }

    @Test
    void recordedResultsDropTheCampaignAtOnceAndOnlyIt() {
        TallyCache cache = new TallyCache(30, 100, now::get);
        cache.cluster(1, 7, computing());
        cache.cluster(1, 8, computing());
        cache.cluster(2, 7, computing());
        cache.campaignDataChanged(new CampaignDataChanged(1));
        assertEquals(1, cache.size(), "campaign 2 is untouched");
        cache.cluster(1, 7, computing());
        assertEquals(4, computed.get(), "the next read of campaign 1 computes");
        cache.cluster(2, 7, computing());
        assertEquals(4, computed.get());
    }

    @Test
    void aComputationThatOverlapsAChangeIsNotKept() {
        TallyCache cache = new TallyCache(30, 100, now::get);
        // the reads started before the change was committed: what they saw may be old
        Optional<ClusterSnapshot> read = cache.cluster(1, 7, () -> {
            cache.invalidate(1);
            return computing().get();
        });
        assertTrue(read.isPresent(), "the reader still gets what it computed");
        assertEquals(0, cache.size(), "but it is not kept for the next one");
        cache.cluster(1, 7, computing());
        assertEquals(2, computed.get());
        assertEquals(1, cache.size(), "a computation after the change is kept");
    }

    @Test
    void aClusterWithoutMembersIsKeptAsNothing() {
        TallyCache cache = new TallyCache(30, 100, now::get);
        Supplier<Optional<ClusterSnapshot>> none = () -> {
            computed.incrementAndGet();
            return Optional.empty();
        };
        assertTrue(cache.cluster(1, -1, none).isEmpty());
        assertTrue(cache.cluster(1, -1, none).isEmpty());
        assertEquals(1, computed.get());
    }

    @Test
    void zeroSecondsTurnsItOffAndNoSettingKeepsMoreThanAMinute() {
        TallyCache off = new TallyCache(0, 100, now::get);
        off.cluster(1, 7, computing());
        off.cluster(1, 7, computing());
        assertEquals(2, computed.get());
        assertEquals(0, off.size());

        TallyCache long_ = new TallyCache(3600, 100, now::get);
        long_.cluster(1, 7, computing());
        seconds(TallyCache.MAX_SECONDS);
        long_.cluster(1, 7, computing());
        assertEquals(4, computed.get(), "a saved entry shows within 60 s at worst, whatever the setting");
    }

    @Test
    void itHoldsABoundedNumberOfClusters() {
        TallyCache cache = new TallyCache(30, 3, now::get);
        for (long cluster = 1; cluster <= 10; cluster++) {
            cache.cluster(1, cluster, computing());
            assertTrue(cache.size() <= 3, "size " + cache.size());
        }
        cache.cluster(1, 10, computing());
        assertEquals(10, computed.get(), "the newest is kept");
    }
}
