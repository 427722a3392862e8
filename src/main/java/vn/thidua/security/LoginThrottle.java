package vn.thidua.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-memory throttling of failed sign-ins, counted separately per account name and per client
 * address.
 *
 * <p><b>Why two counters.</b> The per-account limit stops password guessing against one account
 * from many addresses; the per-address limit (higher, because several people can share an office
 * NAT) stops one client from trying a few passwords against many accounts ("password spraying")
 * without ever tripping an account limit. Together they satisfy the OWASP ASVS 5.0 requirement for
 * anti-automation on authentication. By default an account is never locked for long: once its
 * free failures are used up it is held for a delay that doubles with each further failure, at
 * most {@link #MAX_ACCOUNT_DELAY} (ASVS 6.3: slow the attacker, do not lock the owner out), while
 * an address that fails too often is locked for {@code lockout}.
 *
 * <p><b>How it counts.</b> A sliding window: only failures younger than {@code window} count.
 * When a key reaches its maximum inside the window it is locked until {@code now + lockout};
 * failures reported while locked are ignored (the caller should not even check the password then),
 * and once the lockout is over the count starts again from zero. {@link #recordSuccess} clears the
 * account's counter only: a correct password for one account must not wipe the evidence that the
 * same address has been guessing at others.
 *
 * <p><b>Keys.</b> Account names are stripped and lower-cased with {@link Locale#ROOT}, so
 * "Admin", " admin" and "ADMIN" share one counter (and a Turkish default locale cannot split
 * "I"/"i"). Very long names are truncated to {@value #MAX_KEY_CHARS} characters so user input
 * cannot blow up memory. Null or blank keys are ignored.
 *
 * <p><b>Memory.</b> Idle entries (no lockout running and no failure inside the window) are swept
 * regularly, and the number of keys per kind is capped (default {@value #DEFAULT_MAX_KEYS}); when
 * the cap is exceeded the least recently touched entries are evicted first. This keeps memory
 * bounded even under a flood of random account names or spoofed addresses, at the price of
 * possibly forgetting the oldest counters during such a flood.
 *
 * <p><b>Scope.</b> State is per JVM and lost on restart; in a cluster every node counts on its
 * own. That is acceptable for a throttle (it only weakens the limit by the number of nodes), and it
 * avoids a database write on every failed sign-in.
 *
 * <p>Thread-safe: the maps are {@link ConcurrentHashMap}s and each entry is updated under its own
 * lock. Time comes from the injected {@link Clock}, so tests can move time forward.
 */
public final class LoginThrottle {

    /** Default cap on the number of keys held per kind (accounts, addresses). */
    public static final int DEFAULT_MAX_KEYS = 100_000;
    /** Account names longer than this are truncated before use as a key. */
    static final int MAX_KEY_CHARS = 256;
    /** A sweep of idle entries runs after this many recorded failures. */
    private static final int SWEEP_EVERY = 1_024;

    private final Clock clock;
    private final long windowMillis;
    private final long lockoutMillis;
    private final Counter accounts;
    private final Counter addresses;

    /** First delay an account gets once its free failures are used up (then doubled per further failure). */
    public static final Duration FIRST_ACCOUNT_DELAY = Duration.ofSeconds(30);
    /** The longest an account is ever held: a guesser is slowed, the owner never waits long (ASVS 6.3). */
    public static final Duration MAX_ACCOUNT_DELAY = Duration.ofMinutes(5);

    /**
     * Defaults: system UTC clock; per account 5 free failures inside 15 minutes, then a delay of 30 s doubling with
     * each further failure up to 5 minutes (an attacker guessing one person's password gets a dozen tries an hour,
     * and the person is never locked out for long); per address 30 failures inside 15 minutes lock that address for
     * 15 minutes (spraying many accounts from one client).
     */
    public LoginThrottle() {
        this(Clock.systemUTC(), 5, 30, Duration.ofMinutes(15), Duration.ofMinutes(15), DEFAULT_MAX_KEYS,
                FIRST_ACCOUNT_DELAY, MAX_ACCOUNT_DELAY);
    }

    /**
     * @param clock                 time source
     * @param maxFailuresPerAccount failures within {@code window} that lock an account (&ge; 1)
     * @param maxFailuresPerAddress failures within {@code window} that lock a client address (&ge; 1)
     * @param window                how long a failure counts (positive)
     * @param lockout               how long a lock lasts (positive)
     */
    public LoginThrottle(Clock clock, int maxFailuresPerAccount, int maxFailuresPerAddress,
                         Duration window, Duration lockout) {
        this(clock, maxFailuresPerAccount, maxFailuresPerAddress, window, lockout, DEFAULT_MAX_KEYS);
    }

    /** As the public constructor, with an explicit key cap (for tests of the eviction). */
    LoginThrottle(Clock clock, int maxFailuresPerAccount, int maxFailuresPerAddress,
                  Duration window, Duration lockout, int maxKeys) {
        this(clock, maxFailuresPerAccount, maxFailuresPerAddress, window, lockout, maxKeys, null, null);
    }

    /**
     * @param firstAccountDelay null: accounts are locked for {@code lockout} like addresses; otherwise an account that
     *                          used up its failures is held this long, doubled per further failure, at most
     *                          {@code maxAccountDelay}
     */
    LoginThrottle(Clock clock, int maxFailuresPerAccount, int maxFailuresPerAddress,
                  Duration window, Duration lockout, int maxKeys, Duration firstAccountDelay, Duration maxAccountDelay) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.windowMillis = toMillis(requirePositive(window, "window"));
        this.lockoutMillis = toMillis(requirePositive(lockout, "lockout"));
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("maximum failures must be at least 1");
        }
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1");
        }
        long first = firstAccountDelay == null ? 0 : toMillis(requirePositive(firstAccountDelay, "firstAccountDelay"));
        long max = maxAccountDelay == null ? first : toMillis(requirePositive(maxAccountDelay, "maxAccountDelay"));
        this.accounts = new Counter(maxFailuresPerAccount, maxKeys, first, Math.max(first, max));
        this.addresses = new Counter(maxFailuresPerAddress, maxKeys, 0, 0);
    }

    /** Whether the address (not the account) is what holds the sign-in back: the message then differs. */
    public boolean isAddressBlocked(String address) {
        long now = clock.millis();
        return addresses.lockedUntil(addressKey(address), now) > now;
    }

    /** True if the account or the address is locked out right now. */
    public boolean isBlocked(String account, String address) {
        long now = clock.millis();
        return accounts.lockedUntil(accountKey(account), now) > now
                || addresses.lockedUntil(addressKey(address), now) > now;
    }

    /**
     * How long until neither key is locked any more (the longer of the two remaining lockouts);
     * {@link Duration#ZERO} if not blocked. Suitable for a {@code Retry-After} header (round up
     * to whole seconds).
     */
    public Duration retryAfter(String account, String address) {
        long now = clock.millis();
        long until = Math.max(accounts.lockedUntil(accountKey(account), now),
                addresses.lockedUntil(addressKey(address), now));
        return until > now ? Duration.ofMillis(until - now) : Duration.ZERO;
    }

    /** Counts one failed sign-in against the account and against the address. */
    public void recordFailure(String account, String address) {
        long now = clock.millis();
        accounts.fail(accountKey(account), now);
        addresses.fail(addressKey(address), now);
    }

    /**
     * Clears the account's failure counter after a successful sign-in. The address counter is left
     * alone, and a lockout already running on the account is not lifted (a correct password during
     * a lockout should not have been checked at all).
     */
    public void recordSuccess(String account, String address) {
        accounts.clearFailures(accountKey(account), clock.millis());
    }

    /** Number of keys currently held (accounts + addresses); for tests and monitoring. */
    int size() {
        return accounts.map.size() + addresses.map.size();
    }

    // ------------------------------------------------------------------------------------------

    static String accountKey(String account) {
        if (account == null || account.isBlank()) {
            return null;
        }
        String key = account.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_CHARS ? key.substring(0, MAX_KEY_CHARS) : key;
    }

    private static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String key = address.strip();
        return key.length() > MAX_KEY_CHARS ? key.substring(0, MAX_KEY_CHARS) : key;
    }

    private static Duration requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }

    /**
     * One kind of key (accounts or addresses) with its own limit. With a {@code firstDelay}, reaching the limit holds
     * the key for a delay that doubles with each further failure (capped), and the failures stay counted; without,
     * it locks the key for {@code lockout} and the count starts again afterwards.
     */
    private final class Counter {
        final int maxFailures;
        final int maxKeys;
        final long firstDelay;
        final long maxDelay;
        final ConcurrentHashMap<String, Entry> map = new ConcurrentHashMap<>();
        final AtomicInteger failuresSinceSweep = new AtomicInteger();

        Counter(int maxFailures, int maxKeys, long firstDelay, long maxDelay) {
            this.maxFailures = maxFailures;
            this.maxKeys = maxKeys;
            this.firstDelay = firstDelay;
            this.maxDelay = maxDelay;
        }

        boolean growing() {
            return firstDelay > 0;
        }

        /** Lock end in epoch millis, or 0 if the key is unknown / not locked. Read-only. */
        long lockedUntil(String key, long now) {
            if (key == null) {
                return 0;
            }
            Entry e = map.get(key);
            if (e == null) {
                return 0;
            }
            synchronized (e) {
                return e.lockedUntil > now ? e.lockedUntil : 0;
            }
        }

        void fail(String key, long now) {
            if (key == null) {
                return;
            }
            boolean added = false;
            while (true) {
                Entry e = map.get(key);
                if (e == null) {
                    Entry fresh = new Entry();
                    e = map.putIfAbsent(key, fresh);
                    if (e == null) {
                        e = fresh;
                        added = true;
                    }
                }
                synchronized (e) {
                    if (e.removed) {
                        continue; // evicted concurrently; retry with a new entry
                    }
                    e.recordFailure(now, maxFailures);
                    break;
                }
            }
            if (failuresSinceSweep.incrementAndGet() >= SWEEP_EVERY) {
                failuresSinceSweep.set(0);
                sweepIdle(now);
            }
            if (added && map.size() > maxKeys) {
                enforceCap(now);
            }
        }

        void clearFailures(String key, long now) {
            if (key == null) {
                return;
            }
            Entry e = map.get(key);
            if (e == null) {
                return;
            }
            synchronized (e) {
                e.failures.clear();
                e.strikes = 0;
                if (e.isIdle(now) && !e.removed) {
                    e.removed = true;
                    map.remove(key, e);
                }
            }
        }

        /** Drops every entry that no longer influences any decision. */
        void sweepIdle(long now) {
            for (Map.Entry<String, Entry> me : map.entrySet()) {
                Entry e = me.getValue();
                synchronized (e) {
                    if (!e.removed && e.isIdle(now)) {
                        e.removed = true;
                        map.remove(me.getKey(), e);
                    }
                }
            }
        }

        /**
         * Called when the map has grown past its cap: first drop idle entries, then, if still over,
         * the least recently touched ones, down to 90% of the cap so the (linear) work is amortised.
         */
        synchronized void enforceCap(long now) {
            if (map.size() <= maxKeys) {
                return;
            }
            sweepIdle(now);
            int target = Math.max(1, maxKeys - maxKeys / 10);
            int excess = map.size() - target;
            if (excess <= 0) {
                return;
            }
            List<Map.Entry<String, Entry>> all = new ArrayList<>(map.entrySet());
            all.sort(Comparator.comparingLong(me -> me.getValue().lastTouched));
            for (int i = 0; i < all.size() && excess > 0; i++) {
                Map.Entry<String, Entry> me = all.get(i);
                Entry e = me.getValue();
                synchronized (e) {
                    if (!e.removed) {
                        e.removed = true;
                        if (map.remove(me.getKey(), e)) {
                            excess--;
                        }
                    }
                }
            }
        }

        /** Failure history of one key. Guarded by its own monitor. */
        private final class Entry {
            /** Epoch millis of failures inside the window, oldest first; never more than maxFailures. */
            final ArrayDeque<Long> failures = new ArrayDeque<>();
            long lockedUntil;
            /** Holds so far in a growing run (the next delay is firstDelay * 2^strikes). */
            int strikes;
            boolean removed;
            /** Written under the monitor, read without it when choosing what to evict. */
            volatile long lastTouched;

            void recordFailure(long now, int maxFailures) {
                lastTouched = now;
                if (lockedUntil > now) {
                    return; // already locked: do not extend, do not count
                }
                if (growing()) {
                    pruneExpired(now);
                    if (failures.isEmpty()) {
                        strikes = 0; // a quiet window ends the run
                    }
                    failures.addLast(now);
                    while (failures.size() > maxFailures) {
                        failures.removeFirst();
                    }
                    if (failures.size() >= maxFailures) {
                        long delay = Math.min(maxDelay, firstDelay << Math.min(strikes, 20));
                        lockedUntil = saturatedAdd(now, delay);
                        strikes++;
                    }
                    return;
                }
                if (lockedUntil != 0) {
                    lockedUntil = 0; // lockout over: the count starts again
                    failures.clear();
                }
                pruneExpired(now);
                failures.addLast(now);
                if (failures.size() >= maxFailures) {
                    lockedUntil = saturatedAdd(now, lockoutMillis);
                    failures.clear();
                }
            }

            void pruneExpired(long now) {
                long oldestCounted = now - windowMillis;
                while (!failures.isEmpty() && failures.peekFirst() <= oldestCounted) {
                    failures.removeFirst();
                }
            }

            boolean isIdle(long now) {
                if (lockedUntil > now) {
                    return false;
                }
                pruneExpired(now);
                return failures.isEmpty();
            }
        }
    }

    /** Whole milliseconds, rounded up so a sub-millisecond duration still counts; saturates. */
    private static long toMillis(Duration d) {
        try {
            long ms = d.toMillis();
            return d.equals(Duration.ofMillis(ms)) || ms == Long.MAX_VALUE ? ms : ms + 1;
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }
}
