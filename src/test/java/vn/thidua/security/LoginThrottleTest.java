package vn.thidua.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCKOUT = Duration.ofMinutes(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    /** 3 failures per account, 5 per address. */
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, 5, WINDOW, LOCKOUT);

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(account, address);
        }
    }

    @Test
    void notBlockedInitially() {
        assertFalse(throttle.isBlocked("an", "10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.retryAfter("an", "10.0.0.1"));
    }

    @Test
    void accountLockedAfterMaxFailures() {
        fail("an", "10.0.0.1", 2);
        assertFalse(throttle.isBlocked("an", "10.0.0.1"));
        throttle.recordFailure("an", "10.0.0.1");
        assertTrue(throttle.isBlocked("an", "10.0.0.1"));
        // The account is locked from any address.
        assertTrue(throttle.isBlocked("an", "192.168.1.9"));
        assertTrue(throttle.isBlocked("an", null));
        // Other accounts from another address are not affected.
        assertFalse(throttle.isBlocked("binh", "192.168.1.9"));
        assertEquals(LOCKOUT, throttle.retryAfter("an", "192.168.1.9"));
    }

    @Test
    void retryAfterCountsDown() {
        fail("an", "10.0.0.1", 3);
        clock.advance(Duration.ofMinutes(4));
        assertEquals(Duration.ofMinutes(6), throttle.retryAfter("an", "10.0.0.1"));
    }

    @Test
    void unlockedAfterLockoutAndCountStartsAgain() {
        fail("an", "10.0.0.1", 3);
        clock.advance(LOCKOUT.minusSeconds(1));
        assertTrue(throttle.isBlocked("an", "10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(throttle.isBlocked("an", "10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.retryAfter("an", "10.0.0.1"));
        // Fresh count: two more failures do not lock again, the third does.
        fail("an", "10.0.0.2", 2);
        assertFalse(throttle.isBlocked("an", "10.0.0.2"));
        throttle.recordFailure("an", "10.0.0.2");
        assertTrue(throttle.isBlocked("an", "10.0.0.2"));
    }

    @Test
    void failuresDuringLockoutDoNotExtendIt() {
        fail("an", "10.0.0.1", 3);
        clock.advance(Duration.ofMinutes(5));
        fail("an", "10.0.0.1", 1);
        assertEquals(Duration.ofMinutes(5), throttle.retryAfter("an", "10.0.0.1"));
        clock.advance(Duration.ofMinutes(5));
        assertFalse(throttle.isBlocked("an", "10.0.0.1"));
    }

    @Test
    void failuresOlderThanWindowDoNotCount() {
        fail("an", "10.0.0.1", 2);
        clock.advance(WINDOW.plusSeconds(1));
        throttle.recordFailure("an", "10.0.0.1");
        assertFalse(throttle.isBlocked("an", "10.0.0.1"), "old failures must have expired");
        throttle.recordFailure("an", "10.0.0.1");
        assertFalse(throttle.isBlocked("an", "10.0.0.1"));
        throttle.recordFailure("an", "10.0.0.1");
        assertTrue(throttle.isBlocked("an", "10.0.0.1"));
    }

    @Test
    void windowIsSliding() {
        throttle.recordFailure("an", "10.0.0.1");          // t=0
        clock.advance(Duration.ofMinutes(10));
        throttle.recordFailure("an", "10.0.0.1");          // t=10
        clock.advance(Duration.ofMinutes(6));
        throttle.recordFailure("an", "10.0.0.1");          // t=16: first one expired, count is 2
        assertFalse(throttle.isBlocked("an", "10.0.0.1"));
        clock.advance(Duration.ofMinutes(1));
        throttle.recordFailure("an", "10.0.0.1");          // t=17: failures at 10, 16, 17
        assertTrue(throttle.isBlocked("an", "10.0.0.1"));
    }

    @Test
    void addressLimitIsIndependentOfAccounts() {
        // Password spraying: one failure each against many accounts from one address.
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("user" + i, "203.0.113.7");
        }
        assertFalse(throttle.isBlocked("user9", "203.0.113.7"));
        throttle.recordFailure("user4", "203.0.113.7");
        // The address is locked for every account, even ones never tried...
        assertTrue(throttle.isBlocked("user9", "203.0.113.7"));
        assertTrue(throttle.isBlocked(null, "203.0.113.7"));
        assertEquals(LOCKOUT, throttle.retryAfter("user9", "203.0.113.7"));
        // ...but those accounts are fine from other addresses (no account reached its limit).
        assertFalse(throttle.isBlocked("user0", "198.51.100.1"));
    }

    @Test
    void successClearsAccountCounterButNotAddressCounter() {
        fail("an", "10.0.0.1", 2);
        throttle.recordSuccess("an", "10.0.0.1");
        fail("an", "10.0.0.1", 2);
        assertFalse(throttle.isBlocked("an", "10.0.0.9"), "account count was reset by the success");
        // The address has now seen 4 failures; one more (on any account) locks it.
        throttle.recordFailure("binh", "10.0.0.1");
        assertTrue(throttle.isBlocked("chi", "10.0.0.1"));
        assertFalse(throttle.isBlocked("binh", "10.0.0.9"));
    }

    @Test
    void successDoesNotLiftARunningLockout() {
        fail("an", "10.0.0.1", 3);
        throttle.recordSuccess("an", "10.0.0.1");
        assertTrue(throttle.isBlocked("an", "10.0.0.2"));
    }

    @Test
    void accountNamesAreCaseInsensitive() {
        throttle.recordFailure("NguyenVanAn", "10.0.0.1");
        throttle.recordFailure("nguyenvanan", "10.0.0.2");
        throttle.recordFailure("NGUYENVANAN ", "10.0.0.3");
        assertTrue(throttle.isBlocked("nguyenVanAn", "10.0.0.4"));
        throttle.recordSuccess("NGUYENVANAN", "10.0.0.4");
        assertTrue(throttle.isBlocked("nguyenvanan", "10.0.0.4"), "lock stays");
    }

    @Test
    void accountKeyUsesRootLocale() {
        assertEquals("title", LoginThrottle.accountKey("TITLE"));
        assertEquals("admin", LoginThrottle.accountKey("  ADMIN "));
        assertEquals(null, LoginThrottle.accountKey("  "));
        assertEquals(LoginThrottle.MAX_KEY_CHARS, LoginThrottle.accountKey("x".repeat(10_000)).length());
    }

    @Test
    void nullKeysAreIgnored() {
        fail(null, null, 100);
        assertFalse(throttle.isBlocked(null, null));
        fail(null, "10.0.0.1", 5);
        assertTrue(throttle.isBlocked("anyone", "10.0.0.1"));
        throttle.recordSuccess(null, null); // no exception
    }

    @Test
    void defaults() {
        LoginThrottle defaults = new LoginThrottle();
        for (int i = 0; i < 4; i++) {
            defaults.recordFailure("an", "10.0.0." + i);
        }
        assertFalse(defaults.isBlocked("an", "10.0.0.99"));
        defaults.recordFailure("an", "10.0.0.4");
        assertTrue(defaults.isBlocked("an", "10.0.0.99"));
        Duration retry = defaults.retryAfter("an", "10.0.0.99");
        assertTrue(retry.compareTo(Duration.ofSeconds(29)) > 0
                && retry.compareTo(Duration.ofSeconds(30)) <= 0, "an account is held 30 s, not 15 minutes: " + retry);

        for (int i = 0; i < 29; i++) {
            defaults.recordFailure("user" + i, "10.9.9.9");
        }
        assertFalse(defaults.isBlocked("other", "10.9.9.9"));
        defaults.recordFailure("user29", "10.9.9.9");
        assertTrue(defaults.isBlocked("other", "10.9.9.9"));
    }

    @Test
    void anAccountIsSlowedWithAGrowingDelayNeverLockedOutForLong() {
        LoginThrottle t = new LoginThrottle(clock, 3, 1_000_000, WINDOW, LOCKOUT, 1_000,
                Duration.ofSeconds(30), Duration.ofMinutes(5));
        for (int i = 0; i < 2; i++) {
            t.recordFailure("an", "10.0.0." + i);
        }
        assertFalse(t.isBlocked("an", "10.0.0.9"), "two free failures");
        long[] expected = {30, 60, 120, 240, 300, 300};
        for (long seconds : expected) {
            t.recordFailure("an", "10.0.0.7");
            assertEquals(Duration.ofSeconds(seconds), t.retryAfter("an", "10.0.0.9"), "each further failure doubles the hold");
            t.recordFailure("an", "10.0.0.7"); // while held: not counted, the hold is not extended
            assertEquals(Duration.ofSeconds(seconds), t.retryAfter("an", "10.0.0.9"));
            clock.advance(Duration.ofSeconds(seconds));
            assertFalse(t.isBlocked("an", "10.0.0.9"), "the owner may try again after " + seconds + " s");
        }
        assertFalse(t.isAddressBlocked("10.0.0.7"));
    }

    @Test
    void aSuccessOrAQuietWindowEndsTheRun() {
        LoginThrottle t = new LoginThrottle(clock, 2, 1_000_000, WINDOW, LOCKOUT, 1_000,
                Duration.ofSeconds(30), Duration.ofMinutes(5));
        t.recordFailure("an", "a");
        t.recordFailure("an", "a");
        clock.advance(Duration.ofSeconds(30));
        t.recordFailure("an", "a");
        assertEquals(Duration.ofSeconds(60), t.retryAfter("an", "a"));
        clock.advance(Duration.ofSeconds(60));
        t.recordSuccess("an", "a");
        t.recordFailure("an", "a");
        assertFalse(t.isBlocked("an", "a"), "the count starts again after a success");
        t.recordFailure("an", "a");
        assertEquals(Duration.ofSeconds(30), t.retryAfter("an", "a"), "and the delay with it");
        clock.advance(WINDOW.plusSeconds(1));
        t.recordFailure("an", "a");
        assertFalse(t.isBlocked("an", "a"), "failures older than the window are forgotten");
    }

    @Test
    void anAddressThatSpraysIsLockedAndSaidSo() {
        LoginThrottle defaults = new LoginThrottle();
        for (int i = 0; i < 30; i++) {
            defaults.recordFailure("user" + i, "10.9.9.9");
        }
        assertTrue(defaults.isAddressBlocked("10.9.9.9"));
        assertFalse(defaults.isAddressBlocked("10.9.9.8"));
    }

    @Test
    void rejectsBadConfiguration() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(clock, 0, 5, WINDOW, LOCKOUT));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(clock, 3, 0, WINDOW, LOCKOUT));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(clock, 3, 5, Duration.ZERO, LOCKOUT));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(clock, 3, 5, WINDOW, Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class,
                () -> new LoginThrottle(null, 3, 5, WINDOW, LOCKOUT));
    }

    @Test
    void memoryIsBoundedByKeyCap() {
        LoginThrottle small = new LoginThrottle(clock, 3, 1_000_000, WINDOW, LOCKOUT, 100);
        for (int i = 0; i < 10_000; i++) {
            small.recordFailure("random" + i, "10.0.0.1");
        }
        assertTrue(small.size() <= 100 + 1, "size " + small.size());
    }

    @Test
    void capEvictsOldestFirst() {
        LoginThrottle small = new LoginThrottle(clock, 2, 1_000_000, WINDOW, LOCKOUT, 10);
        small.recordFailure("early", null);
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 10; i++) {
            small.recordFailure("later" + i, null);
        }
        // "early" was the least recently touched and is gone, so one more failure does not lock it.
        small.recordFailure("early", null);
        assertFalse(small.isBlocked("early", null));
        // The most recent ones survived.
        small.recordFailure("later9", null);
        assertTrue(small.isBlocked("later9", null));
    }

    @Test
    void idleEntriesAreSwept() {
        LoginThrottle t = new LoginThrottle(clock, 3, 1_000_000, WINDOW, LOCKOUT);
        for (int i = 0; i < 1000; i++) {
            t.recordFailure("old" + i, null);
        }
        assertEquals(1000, t.size());
        clock.advance(WINDOW.plusMinutes(1));
        for (int i = 0; i < 100; i++) {
            t.recordFailure("new" + i, null); // the 1024th failure triggers a sweep
        }
        assertTrue(t.size() <= 100, "size " + t.size());
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        LoginThrottle t = new LoginThrottle(clock, 1_000, 1_000_000, WINDOW, LOCKOUT);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int th = 0; th < 8; th++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 124; i++) {
                        t.recordFailure("Shared", "10.0.0.1");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // 8 * 124 = 992 failures: not yet locked; 8 more reach exactly 1000.
        assertFalse(t.isBlocked("shared", null));
        for (int i = 0; i < 7; i++) {
            t.recordFailure("shared", null);
        }
        assertFalse(t.isBlocked("shared", null));
        t.recordFailure("shared", null);
        assertTrue(t.isBlocked("shared", null));
    }
}
