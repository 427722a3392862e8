package vn.thidua.pledge;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentCheckThrottleTest {

    private Instant now = Instant.parse("2026-12-08T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private DocumentCheckThrottle throttle(int limit, int maxAddresses) {
        return new DocumentCheckThrottle(clock, limit, Duration.ofMinutes(10), maxAddresses);
    }

    @Test
    void anAddressGetsItsLimitThenWaitsUntilItsOldestCheckLeavesTheWindow() {
        DocumentCheckThrottle throttle = throttle(3, 100);
        assertEquals(Duration.ZERO, throttle.admit("203.0.113.7"));
        now = now.plusSeconds(60);
        assertEquals(Duration.ZERO, throttle.admit("203.0.113.7"));
        assertEquals(Duration.ZERO, throttle.admit("203.0.113.7"));
        assertEquals(Duration.ofMinutes(9), throttle.admit("203.0.113.7"), "the first check leaves the window in 9 minutes");

        now = now.plus(Duration.ofMinutes(9)).minusMillis(1);
        assertEquals(Duration.ofMillis(1), throttle.admit("203.0.113.7"), "refused checks are not counted: the wait only shrinks");
        now = now.plusMillis(1);
        assertEquals(Duration.ZERO, throttle.admit("203.0.113.7"), "one slot freed");
        assertTrue(throttle.admit("203.0.113.7").compareTo(Duration.ZERO) > 0, "and only one");
    }

    @Test
    void eachAddressCountsOnItsOwn() {
        DocumentCheckThrottle throttle = throttle(2, 100);
        throttle.admit("203.0.113.7");
        throttle.admit("203.0.113.7");
        assertTrue(throttle.admit("203.0.113.7").compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.admit("203.0.113.8"), "another client is not held back");
        assertEquals(Duration.ZERO, throttle.admit(" 203.0.113.8 ".strip()));
        assertTrue(throttle.admit("203.0.113.8").compareTo(Duration.ZERO) > 0);
    }

    @Test
    void aMissingOrOverlongAddressStillCounts() {
        DocumentCheckThrottle throttle = throttle(1, 100);
        assertEquals(Duration.ZERO, throttle.admit(null));
        assertTrue(throttle.admit("").compareTo(Duration.ZERO) > 0, "no address shares one count, never none");
        String forged = "1".repeat(64);
        assertEquals(Duration.ZERO, throttle.admit(forged + "a"));
        assertTrue(throttle.admit(forged + "b").compareTo(Duration.ZERO) > 0, "a key is cut at 64 characters");
    }

    @Test
    void theNumberOfAddressesHeldIsCapped() {
        DocumentCheckThrottle throttle = throttle(5, 10);
        for (int i = 0; i < 100; i++) {
            now = now.plusMillis(1);
            throttle.admit("198.51.100." + i);
        }
        assertTrue(throttle.size() <= 10, "held: " + throttle.size());
        assertTrue(throttle.admit("198.51.100.99").isZero(), "the most recent address is kept with its one check");
    }

    @Test
    void concurrentChecksOfOneAddressAdmitExactlyTheLimit() throws Exception {
        DocumentCheckThrottle throttle = throttle(20, 100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Duration>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(() -> throttle.admit("203.0.113.9"));
            }
            int admitted = 0;
            for (Future<Duration> f : pool.invokeAll(calls)) {
                admitted += f.get().isZero() ? 1 : 0;
            }
            assertEquals(20, admitted);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> throttle(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new DocumentCheckThrottle(clock, 1, Duration.ZERO, 10));
    }

    @Test
    void theRefusalTellsWholeMinutesRoundedUp() {
        assertEquals(1, Verification.tooMany(Duration.ofSeconds(1)).getRetryMinutes());
        assertEquals(9, Verification.tooMany(Duration.ofSeconds(8 * 60 + 1)).getRetryMinutes());
        assertEquals(Verification.Outcome.TOO_MANY, Verification.tooMany(Duration.ofMinutes(2)).getOutcome());
    }
}
