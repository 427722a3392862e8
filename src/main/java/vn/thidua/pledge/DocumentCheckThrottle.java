package vn.thidua.pledge;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many uploaded documents the public verification page parses per client address. The page needs no sign-in, and
 * each upload costs a hash of up to 20 MB and, when the hash is unknown, a PDF parse: without a limit one client could
 * keep the server busy. A person checks a handful of documents; an office behind one address, a few dozen a day.
 *
 * <p>A sliding window: at most {@code limit} checks per address in any {@code window}; a refused check is not counted
 * (it costs nothing), so a client that waits gets in again as soon as its oldest check leaves the window. The address
 * is the real client's ({@code vn.thidua.security.TrustedProxies}, applied by {@code TrustedProxyFilter}), so behind
 * a reverse proxy every client has its own count. In memory, per JVM, as {@code LoginThrottle}: a restart forgets, a
 * cluster counts per node; the number of addresses held is capped, the least recently seen dropped first.
 *
 * <p>Thread-safe; time from the injected {@link Clock}. Plain Java, unit-tested.
 */
public final class DocumentCheckThrottle {

    /** Default: 20 documents per address in 10 minutes. */
    public static final int DEFAULT_LIMIT = 20;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);
    static final int DEFAULT_MAX_ADDRESSES = 50_000;
    /** Addresses are keys: a forged one cannot be made long enough to matter. */
    private static final int MAX_KEY_CHARS = 64;

    private final Clock clock;
    private final int limit;
    private final long windowMillis;
    private final int maxAddresses;
    private final ConcurrentHashMap<String, ArrayDeque<Long>> checks = new ConcurrentHashMap<>();

    public DocumentCheckThrottle() {
        this(Clock.systemUTC(), DEFAULT_LIMIT, DEFAULT_WINDOW, DEFAULT_MAX_ADDRESSES);
    }

    DocumentCheckThrottle(Clock clock, int limit, Duration window, int maxAddresses) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (limit < 1 || maxAddresses < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit, window and address cap must be positive");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.maxAddresses = maxAddresses;
    }

    /**
     * Counts one check for the address if it is still within its limit.
     *
     * @return {@link Duration#ZERO} if the check may go ahead (and is counted); otherwise how long until it would be
     * admitted (nothing is counted)
     */
    public Duration admit(String address) {
        String key = key(address);
        long now = clock.millis();
        ArrayDeque<Long> times = checks.computeIfAbsent(key, k -> new ArrayDeque<>());
        Duration wait;
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                wait = Duration.ofMillis(times.peekFirst() + windowMillis - now);
            } else {
                times.addLast(now);
                wait = Duration.ZERO;
            }
        }
        if (checks.size() > maxAddresses) {
            evict(now);
        }
        return wait;
    }

    /** Drops addresses with nothing in the window, then, if still over the cap, the least recently seen. */
    private synchronized void evict(long now) {
        checks.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || e.getValue().peekLast() <= now - windowMillis;
            }
        });
        int excess = checks.size() - (maxAddresses - maxAddresses / 10);
        if (excess > 0) {
            checks.entrySet().stream()
                    .sorted(Comparator.comparingLong(e -> last(e.getValue())))
                    .limit(excess).map(Map.Entry::getKey).toList()
                    .forEach(checks::remove);
        }
    }

    private static long last(ArrayDeque<Long> times) {
        synchronized (times) {
            return times.isEmpty() ? Long.MIN_VALUE : times.peekLast();
        }
    }

    /** Addresses held right now (for tests). */
    int size() {
        return checks.size();
    }

    /** A missing address (never the case behind the servlet container) still shares one count rather than none. */
    private static String key(String address) {
        if (address == null || address.isBlank()) {
            return "?";
        }
        String a = address.strip();
        return a.length() > MAX_KEY_CHARS ? a.substring(0, MAX_KEY_CHARS) : a;
    }
}
