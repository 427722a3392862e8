package vn.thidua.tally;

import vn.thidua.pledge.TargetKind;
import vn.thidua.pledge.TargetSpec;
import vn.thidua.pledge.TargetSubject;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The year-end arithmetic of targets (chỉ tiêu). Everything is exact: counts are integers, amounts and thresholds
 * BigDecimal, and a percentage test "n / d ≥ t %" is the cross-multiplication n × 100 ≥ t × d, so 79.96 % is not
 * ≥ 80 % and 4 of 5 is exactly 80 %.
 * <p>
 * Missing figures never produce MET for a rated target: a result is either decided NOT_MET (no way of filling in the
 * missing figures could reach the target) or INCOMPLETE. Quantities are the one exception: amounts only add up, so a
 * cluster whose entered amounts already reach its quota is MET whatever the others enter.
 * <p>
 * A member unit is evaluated as a cluster of one: the cluster-wide figures are the same sums taken over all members,
 * so the cluster's numerator, denominator and missing are always the sums of the members'.
 */
public final class TallyCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TallyCalculator() {
    }

    /**
     * Evaluates {@code target} for one member unit. {@code levelRanks}: the campaign's scale, level code → rank
     * (1 = best). {@code base}: the same member's evaluation of the target named by {@code target.getBaseCode()}
     * (null when the target has no base). A rated target over the member units themselves has no per-member meaning
     * and is refused.
     */
    public static Evaluation evaluate(TargetSpec target, MemberFacts member, Map<String, Integer> levelRanks,
                                      Evaluation base) {
        if (target.getSubject() == TargetSubject.MEMBER_UNITS) {
            throw new IllegalArgumentException("target " + target.getCode() + " counts the member units: cluster-wide only");
        }
        return tally(target, List.of(member), levelRanks, base);
    }

    /**
     * Evaluates {@code target} over a cluster's members: each member's evaluation when the target binds each member
     * (never for a target over the member units), and the cluster-wide one when the target is cluster-wide.
     * {@code baseByUnit}: the members' evaluations of the base target (needed for per-member evaluation when the
     * target has a base); {@code clusterBase}: the cluster-wide evaluation of the base (needed cluster-wide).
     */
    public static ClusterResult evaluateCluster(TargetSpec target, List<MemberFacts> members,
                                                Map<String, Integer> levelRanks, Map<Long, Evaluation> baseByUnit,
                                                Evaluation clusterBase) {
        Map<Long, Evaluation> byUnit = new LinkedHashMap<>();
        if (target.isEachMember() && target.getSubject() != TargetSubject.MEMBER_UNITS) {
            for (MemberFacts m : members) {
                Evaluation base = target.getBaseCode() == null || baseByUnit == null ? null : baseByUnit.get(m.getUnitId());
                byUnit.put(m.getUnitId(), evaluate(target, m, levelRanks, base));
            }
        }
        Evaluation cluster = target.isClusterWide() ? tally(target, members, levelRanks, clusterBase) : null;
        return new ClusterResult(byUnit, cluster);
    }

    /**
     * As {@link #evaluateCluster(TargetSpec, List, Map, Map, Evaluation)}, computing the base's evaluations from
     * {@code baseTarget} (null when the target has no base) whatever the base's own scope: a base that is cluster-wide
     * only still has per-member counts for an "of which" target that binds each member, and the other way round.
     */
    public static ClusterResult evaluateCluster(TargetSpec target, List<MemberFacts> members,
                                                Map<String, Integer> levelRanks, TargetSpec baseTarget) {
        if (target.getBaseCode() == null || baseTarget == null) {
            return evaluateCluster(target, members, levelRanks, Map.of(), null);
        }
        if (!target.getBaseCode().equals(baseTarget.getCode())) {
            throw new IllegalArgumentException("target " + target.getCode() + " has base " + target.getBaseCode()
                    + ", not " + baseTarget.getCode());
        }
        Map<Long, Evaluation> baseByUnit = new LinkedHashMap<>();
        if (target.isEachMember() && target.getSubject() != TargetSubject.MEMBER_UNITS) {
            for (MemberFacts m : members) {
                baseByUnit.put(m.getUnitId(), evaluate(baseTarget, m, levelRanks, null));
            }
        }
        Evaluation clusterBase = target.isClusterWide() ? tally(baseTarget, members, levelRanks, null) : null;
        return evaluateCluster(target, members, levelRanks, baseByUnit, clusterBase);
    }

    /** The rules of all kinds over a list of members (one member for a per-unit evaluation). */
    private static Evaluation tally(TargetSpec target, List<MemberFacts> members, Map<String, Integer> levelRanks,
                                    Evaluation base) {
        Objects.requireNonNull(target.getKind(), "kind");
        if (target.getBaseCode() != null && base == null) {
            throw new IllegalArgumentException("target " + target.getCode() + " needs its base " + target.getBaseCode());
        }
        return switch (target.getKind()) {
            case RATED_SHARE, RATED_COUNT_AT_MOST -> rated(target, members, levelRanks, target.getBaseCode() == null ? null : base);
            case QUANTITY -> quantity(target, members);
            case PEOPLE_SHARE -> people(target, members);
            case DONE -> done(target, members);
        };
    }

    private static Evaluation rated(TargetSpec target, List<MemberFacts> members, Map<String, Integer> levelRanks,
                                    Evaluation base) {
        Integer level = levelRanks.get(target.getLevelCode());
        if (level == null) {
            throw new IllegalArgumentException("level " + target.getLevelCode() + " is not on the scale " + levelRanks);
        }
        boolean share = target.getKind() == TargetKind.RATED_SHARE;
        long counted = 0;
        long total = 0;
        long missing = 0;
        if (target.getSubject() == TargetSubject.MEMBER_UNITS) {
            for (MemberFacts m : members) {
                total++;
                Integer r = m.getRatingRank();
                if (r == null) {
                    missing++;
                } else if (share ? r <= level : r >= level) {
                    counted++;
                }
            }
        } else {
            for (MemberFacts m : members) {
                ChildRatings c = m.childRatings(target.getChildCategory());
                total += c.getTotal();
                missing += c.getMissing();
                counted += share ? c.countAtOrBetter(level) : c.countAtOrWorse(level);
            }
        }
        if (!share) {
            // A missing rating could still land better than the level, unless the level is the scale's best: then
            // every missing one will be counted, and that much is already certain.
            boolean canLandBetter = levelRanks.values().stream().anyMatch(r -> r < level);
            return countAtMost(target, counted, total, missing, canLandBetter ? counted : counted + missing);
        }
        return base == null ? share(target, counted, total, missing) : shareOfBase(target, counted, missing, base);
    }

    /** "At least t % of all": the best any completion can do is every missing one rated at the scale's best level. */
    private static Evaluation share(TargetSpec target, long counted, long total, long missing) {
        if (total == 0) {
            return notApplicable(target);
        }
        Status status = decide(missing, reaches(counted, total, target.getThreshold()),
                reaches(counted + missing, total, target.getThreshold()));
        return evaluation(target, counted, total, status, missing);
    }

    /**
     * "Of which at least t %" (of those the base counts). The base is a share at a looser level over the same units
     * (the pledge checks this), so every unit this target counts is also counted by the base, and the units still
     * unrated are the same for both. Missing = the base's missing (among the units the base already counts, all are
     * rated, so this target has no missing of its own; the max with our own count only guards a caller passing a
     * base over other units, and a larger missing count is safe: it can only turn NOT_MET into INCOMPLETE).
     * A completion adds x units to the base and y ≤ x of them to this target; (counted + y) / (base + x) is largest
     * with x = y = missing, so that is the test for "still reachable".
     */
    private static Evaluation shareOfBase(TargetSpec target, long counted, long ownMissing, Evaluation base) {
        BigDecimal n = BigDecimal.valueOf(counted);
        BigDecimal d = base.getNumerator();
        if (n.compareTo(d) > 0) {
            throw new IllegalArgumentException("target " + target.getCode() + " counts " + counted
                    + " but its base only " + d + ": the base must be a looser share over the same units");
        }
        long missing = Math.max(ownMissing, base.getMissing());
        if (d.signum() == 0 && missing == 0) {
            // "of those good, ≥ 30 % excellent" says nothing when nobody is good
            return notApplicable(target);
        }
        BigDecimal m = BigDecimal.valueOf(missing);
        Status status = decide(missing, reaches(n, d, target.getThreshold()), reaches(n.add(m), d.add(m), target.getThreshold()));
        return new Evaluation(target.getKind(), n, d, target.getThreshold(), status, Math.toIntExact(missing));
    }

    /** "At most k at this level or worse": exceeding k is final (ratings only add), staying under needs everyone rated. */
    private static Evaluation countAtMost(TargetSpec target, long counted, long total, long missing, long certain) {
        if (total == 0) {
            return notApplicable(target);
        }
        Status status;
        if (BigDecimal.valueOf(certain).compareTo(target.getThreshold()) > 0) {
            status = Status.NOT_MET;
        } else {
            status = missing > 0 ? Status.INCOMPLETE : Status.MET;
        }
        return evaluation(target, counted, total, status, missing);
    }

    /**
     * Amount ≥ quota, where a member's quota is its own (target quotas) or the target's threshold, and a cluster's the
     * sum of its members'. A quota of 0 is met by any entered amount (amounts are ≥ 0). With amounts missing the
     * result is MET only if the entered ones already reach the quota (they can only grow), and only if at least one
     * member entered something: a target nobody has reported on is INCOMPLETE, never MET by default.
     */
    private static Evaluation quantity(TargetSpec target, List<MemberFacts> members) {
        if (members.isEmpty()) {
            return notApplicable(target);
        }
        BigDecimal entered = BigDecimal.ZERO;
        BigDecimal quota = BigDecimal.ZERO;
        int missing = 0;
        for (MemberFacts m : members) {
            BigDecimal own = target.getQuotas().get(m.getUnitId());
            quota = quota.add(own != null ? own : target.getThreshold());
            BigDecimal amount = m.getAmounts().get(target.getCode());
            if (amount == null) {
                missing++;
            } else {
                entered = entered.add(amount);
            }
        }
        boolean reached = entered.compareTo(quota) >= 0;
        Status status;
        if (missing == 0) {
            status = reached ? Status.MET : Status.NOT_MET;
        } else {
            status = reached && missing < members.size() ? Status.MET : Status.INCOMPLETE;
        }
        return new Evaluation(target.getKind(), entered, quota, target.getThreshold(), status, missing);
    }

    /**
     * reached × 100 ≥ t × total over the units that entered their counts. A unit yet to enter could have any number
     * of people, all or none of them reaching the title, so with counts missing the only certain failure is a 100 %
     * target someone already misses.
     */
    private static Evaluation people(TargetSpec target, List<MemberFacts> members) {
        long total = 0;
        long reached = 0;
        int missing = 0;
        for (MemberFacts m : members) {
            PeopleCount p = m.getPeople().get(target.getCode());
            if (p == null) {
                missing++;
            } else {
                total += p.getTotal();
                reached += p.getReached();
            }
        }
        Status status;
        if (missing == 0) {
            if (total == 0) {
                return notApplicable(target);
            }
            status = reaches(reached, total, target.getThreshold()) ? Status.MET : Status.NOT_MET;
        } else {
            status = target.getThreshold().compareTo(HUNDRED) >= 0 && reached < total ? Status.NOT_MET : Status.INCOMPLETE;
        }
        return evaluation(target, reached, total, status, missing);
    }

    /** Every unit done: one "not done" is final, one unanswered keeps it open. */
    private static Evaluation done(TargetSpec target, List<MemberFacts> members) {
        if (members.isEmpty()) {
            return notApplicable(target);
        }
        long yes = 0;
        long answered = 0;
        int missing = 0;
        for (MemberFacts m : members) {
            Boolean d = m.getDone().get(target.getCode());
            if (d == null) {
                missing++;
            } else {
                answered++;
                yes += d ? 1 : 0;
            }
        }
        Status status = yes < answered ? Status.NOT_MET : missing > 0 ? Status.INCOMPLETE : Status.MET;
        return evaluation(target, yes, answered, status, missing);
    }

    /** Nothing missing: the exact comparison; something missing: NOT_MET if even the best completion fails. */
    private static Status decide(long missing, boolean reachedNow, boolean bestCompletionReaches) {
        if (missing == 0) {
            return reachedNow ? Status.MET : Status.NOT_MET;
        }
        return bestCompletionReaches ? Status.INCOMPLETE : Status.NOT_MET;
    }

    private static boolean reaches(long numerator, long denominator, BigDecimal percent) {
        return reaches(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), percent);
    }

    /** numerator / denominator ≥ percent %, cross-multiplied so nothing is ever rounded. */
    private static boolean reaches(BigDecimal numerator, BigDecimal denominator, BigDecimal percent) {
        return numerator.multiply(HUNDRED).compareTo(percent.multiply(denominator)) >= 0;
    }

    private static Evaluation evaluation(TargetSpec target, long numerator, long denominator, Status status, long missing) {
        return new Evaluation(target.getKind(), BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator),
                target.getThreshold(), status, Math.toIntExact(missing));
    }

    private static Evaluation notApplicable(TargetSpec target) {
        return new Evaluation(target.getKind(), BigDecimal.ZERO, BigDecimal.ZERO, target.getThreshold(),
                Status.NOT_APPLICABLE, 0);
    }
}
