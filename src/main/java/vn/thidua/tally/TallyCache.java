package vn.thidua.tally;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.shared.CampaignDataChanged;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One cluster's computed tally, kept for a few seconds: when twenty leaders refresh their cluster's page at once, the
 * reads and the evaluation run once per cluster instead of once per page. It stays live:
 * <ul>
 *     <li>results recorded, a pledge's targets, a cluster's members, leader or name changed through this instance drop
 *     the campaign's entries as soon as their transaction is over ({@link CampaignDataChanged}), and a computation that
 *     was under way meanwhile is not kept (it may have read the values before the change);</li>
 *     <li>anything else (a change made through another instance, a unit renamed) shows when the entry expires:
 *     {@code thidua.tally.cacheSeconds}, 30 s unless set, never more than 60 s (the issue allows a saved entry to take a
 *     minute at worst); 0 turns the cache off.</li>
 * </ul>
 * What is kept is scope-free; each reader's scope is applied to a copy afterwards. The whole campaign's tally is never
 * kept (it is read rarely, by staff, and must not hide the cost of the national tally).
 */
@ApplicationScoped
public class TallyCache {

    static final int MAX_SECONDS = 60;
    /** A national campaign has about 350 clusters: room for this year's and last year's, bounded in memory. */
    static final int MAX_ENTRIES = 1000;

    @Inject
    @ConfigProperty(name = "thidua.tally.cacheSeconds", defaultValue = "30")
    int seconds;

    private long ttlNanos;
    private int maxEntries = MAX_ENTRIES;
    private LongSupplier clock = System::nanoTime;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Per campaign, how many times its results changed: a computation started before a change is not kept. */
    private final Map<Long, Long> generations = new ConcurrentHashMap<>();
    private final Object writes = new Object();

    public TallyCache() {
    }

    /** For tests: a given lifetime, size and clock (nanoseconds). */
    TallyCache(long ttlSeconds, int maxEntries, LongSupplier clock) {
        this.ttlNanos = TimeUnit.SECONDS.toNanos(Math.min(MAX_SECONDS, Math.max(0, ttlSeconds)));
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @PostConstruct
    void configure() {
        ttlNanos = TimeUnit.SECONDS.toNanos(Math.min(MAX_SECONDS, Math.max(0, seconds)));
    }

    private record Key(long campaignId, long clusterId) {
    }

    private record Entry(Optional<ClusterSnapshot> value, long computedAt) {
    }

    /** The kept snapshot of the cluster if it is young enough, else computed now (and kept unless results changed meanwhile). */
    Optional<ClusterSnapshot> cluster(long campaignId, long clusterId, Supplier<Optional<ClusterSnapshot>> compute) {
        if (ttlNanos <= 0) {
            return compute.get();
        }
        Key key = new Key(campaignId, clusterId);
        long now = clock.getAsLong();
        Entry kept = entries.get(key);
        if (kept != null && now - kept.computedAt() < ttlNanos) {
            return kept.value();
        }
        // read before computing: if results change while we read, the generation moves and this result is not kept
        long generation = generations.getOrDefault(campaignId, 0L);
        Optional<ClusterSnapshot> value = compute.get();
        synchronized (writes) {
            if (generations.getOrDefault(campaignId, 0L) == generation) {
                if (entries.size() >= maxEntries) {
                    entries.values().removeIf(e -> now - e.computedAt() >= ttlNanos);
                    if (entries.size() >= maxEntries) {
                        entries.clear();
                    }
                }
                // aged from before the reads, never from after them
                entries.put(key, new Entry(value, now));
            }
        }
        return value;
    }

    /** Forgets the campaign's clusters; a computation under way for it will not be kept. */
    public void invalidate(long campaignId) {
        synchronized (writes) {
            generations.merge(campaignId, 1L, Long::sum);
            entries.keySet().removeIf(k -> k.campaignId() == campaignId);
        }
    }

    /** After the writing transaction ends (committed or not): earlier, a reader could still see and keep the old values. */
    void campaignDataChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) CampaignDataChanged event) {
        invalidate(event.campaignId());
    }

    int size() {
        return entries.size();
    }
}
