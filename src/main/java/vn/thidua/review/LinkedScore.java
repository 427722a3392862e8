package vn.thidua.review;

import vn.thidua.pledge.TargetKind;
import vn.thidua.tally.Status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Points of a criterion linked to a pledge target, computed from the tally so they are never typed twice. Met: the
 * criterion's maximum. Not applicable (the unit has no units of the kind counted): the maximum too, since nothing was
 * failed. Incomplete: no points yet (the score waits for the missing results). Not met: none, or in proportion to how
 * much was reached — the share against its threshold, the amount against its quota — cut (never rounded up) to two
 * decimals; a count "at most n" or a done target has no meaningful proportion, so it gets none.
 */
public final class LinkedScore {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LinkedScore() {
    }

    public static Optional<BigDecimal> points(LinkMode mode, BigDecimal max, TargetKind kind, Status status,
                                              BigDecimal numerator, BigDecimal denominator, BigDecimal threshold) {
        switch (status) {
            case MET, NOT_APPLICABLE:
                return Optional.of(max);
            case INCOMPLETE:
                return Optional.empty();
            default:
                break;
        }
        if (mode == LinkMode.ALL_OR_NOTHING || numerator == null || denominator == null || denominator.signum() == 0) {
            return Optional.of(BigDecimal.ZERO.setScale(2));
        }
        BigDecimal reached = switch (kind) {
            // share: (numerator / denominator × 100) / threshold
            case RATED_SHARE, PEOPLE_SHARE -> threshold == null || threshold.signum() == 0 ? null
                    : max.multiply(numerator).multiply(HUNDRED).divide(denominator.multiply(threshold), 2, RoundingMode.DOWN);
            // quantity: amount / quota
            case QUANTITY -> max.multiply(numerator).divide(denominator, 2, RoundingMode.DOWN);
            case RATED_COUNT_AT_MOST, DONE -> null;
        };
        if (reached == null || reached.signum() < 0) {
            return Optional.of(BigDecimal.ZERO.setScale(2));
        }
        return Optional.of(reached.min(max));
    }
}
