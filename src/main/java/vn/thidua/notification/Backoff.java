package vn.thidua.notification;

import java.time.Duration;

/**
 * When to try a message again after a failed attempt: the base delay doubled after each failure, capped, so that a
 * mail server down for hours is not hammered and one back in a minute is used again soon.
 */
public final class Backoff {

    private final Duration base;
    private final Duration cap;

    public Backoff(Duration base, Duration cap) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff: 0 < base <= cap");
        }
        this.base = base;
        this.cap = cap;
    }

    /** The wait after the {@code failures}-th failed attempt (1 = the first). */
    public Duration after(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        // shift at most 30 places: beyond that the cap has long been reached, and no overflow
        int shift = Math.min(failures - 1, 30);
        long millis = base.toMillis();
        if (millis > cap.toMillis() >> shift) {
            return cap;
        }
        return Duration.ofMillis(Math.min(cap.toMillis(), millis << shift));
    }
}
