package vn.thidua.tally;

import vn.thidua.pledge.TargetKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One target evaluated for one member unit or for a whole cluster. Numerator and denominator hold what is known (the
 * missing figures are counted in {@link #getMissing()}, never guessed into them):
 * <ul>
 * <li>RATED_SHARE: children (or members) rated at the level or better / all of them, or with an "of which" base, /
 * those the base counts;</li>
 * <li>RATED_COUNT_AT_MOST: children (or members) rated at the level or worse / all of them;</li>
 * <li>QUANTITY: sum of the entered amounts / quota (sum of the members' quotas for a cluster);</li>
 * <li>PEOPLE_SHARE: people who reached the title / people in the group, over the units that entered them;</li>
 * <li>DONE: units that said done / units that answered.</li>
 * </ul>
 * Statuses are decided by {@link TallyCalculator} with exact arithmetic; the derived figures here are for display.
 */
public final class Evaluation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Scale of {@link #getValue()} when the percentage does not terminate (2/3); far below anything shown. */
    private static final int VALUE_SCALE = 10;

    private final TargetKind kind;
    private final BigDecimal numerator;
    private final BigDecimal denominator;
    private final BigDecimal threshold;
    private final Status status;
    private final int missing;

    public Evaluation(TargetKind kind, BigDecimal numerator, BigDecimal denominator, BigDecimal threshold,
                      Status status, int missing) {
        this.kind = Objects.requireNonNull(kind);
        this.numerator = Objects.requireNonNull(numerator);
        this.denominator = Objects.requireNonNull(denominator);
        this.threshold = threshold;
        this.status = Objects.requireNonNull(status);
        if (missing < 0) {
            throw new IllegalArgumentException("negative missing " + missing);
        }
        this.missing = missing;
    }

    public TargetKind getKind() {
        return kind;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    /** The target's threshold: a percentage for shares, a count for counts, the default quota for quantities;
     * null for DONE. */
    public BigDecimal getThreshold() {
        return threshold;
    }

    public Status getStatus() {
        return status;
    }

    /** How many figures are missing: unrated children or members, units that entered no amount / count / answer. */
    public int getMissing() {
        return missing;
    }

    /**
     * The figure to show next to the target: for RATED_SHARE and PEOPLE_SHARE the percentage
     * numerator × 100 / denominator (comparable with the threshold; exact when it terminates, otherwise cut, never
     * rounded up, at 10 decimals; null when the denominator is 0); for RATED_COUNT_AT_MOST the count; for QUANTITY the
     * amount; for DONE 1 (done) or 0. Display and sorting only: statuses never depend on it.
     */
    public BigDecimal getValue() {
        return switch (kind) {
            case RATED_SHARE, PEOPLE_SHARE -> denominator.signum() == 0 ? null : percent(RoundingMode.DOWN, VALUE_SCALE);
            case RATED_COUNT_AT_MOST, QUANTITY, DONE -> numerator;
        };
    }

    /**
     * numerator × 100 / denominator with one decimal, rounded half-up, as plain digits ("79.9", "66.7"); null when the
     * denominator is 0 or for DONE. One exception, so the figure never contradicts the status: a percentage that is
     * compared (shares with their threshold, quantities with 100 %) and falls short is cut instead of rounded when
     * rounding would show it at or above the mark: 1999/2500 = 79.96 % shows "79.9", not "80.0" next to "not met".
     */
    public String getPercent() {
        if (kind == TargetKind.DONE || denominator.signum() == 0) {
            return null;
        }
        BigDecimal shown = percent(RoundingMode.HALF_UP, 1);
        BigDecimal mark = switch (kind) {
            case RATED_SHARE, PEOPLE_SHARE -> threshold;
            case QUANTITY -> HUNDRED;
            default -> null;
        };
        // exact test (cross-multiplied) of "below the mark", then whether rounding would hide it
        if (mark != null && numerator.multiply(HUNDRED).compareTo(mark.multiply(denominator)) < 0
                && shown.compareTo(mark) >= 0) {
            shown = percent(RoundingMode.DOWN, 1);
        }
        return shown.toPlainString();
    }

    private BigDecimal percent(RoundingMode mode, int scale) {
        BigDecimal p = numerator.multiply(HUNDRED).divide(denominator, scale, mode);
        return mode == RoundingMode.DOWN && scale == VALUE_SCALE ? p.stripTrailingZeros() : p;
    }

    @Override
    public String toString() {
        return "Evaluation{" + kind + " " + numerator.toPlainString() + "/" + denominator.toPlainString()
                + ", threshold=" + (threshold == null ? null : threshold.toPlainString()) + ", " + status.json()
                + ", missing=" + missing + "}";
    }
}
