package vn.thidua.tally;

import org.junit.jupiter.api.Test;
import vn.thidua.pledge.TargetKind;
import vn.thidua.pledge.TargetSpec;
import vn.thidua.pledge.TargetSubject;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Properties of the tally checked on many random cases from fixed seeds (no property-testing library: a failure
 * message carries the seed, the case number and the case, which is enough to replay it).
 * <p>
 * A case is a scale of k levels (ranks 1..k), a rated target (share, share "of which", or count at most) over child
 * units or over the member units, and members whose child ratings / own rating are given as ranks, 0 = missing.
 * "Completions" fill every missing rating with every possible rank; the oracle evaluates complete data independently
 * with BigInteger.
 */
class TallyPropertiesTest {

    private static final int CASES = 3000;

    /** One random case. {@code level}/{@code baseLevel}: ranks (baseLevel 0: no base; else looser than level). */
    record Case(int levels, TargetKind kind, TargetSubject subject, int level, int baseLevel, BigDecimal threshold,
                int[][] childRanks, int[] ownRanks, boolean perUnit) {

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("Case{levels=" + levels + ", " + kind + " over " + subject + " level="
                    + level + (baseLevel > 0 ? " of base level " + baseLevel : "") + " threshold=" + threshold.toPlainString()
                    + (perUnit ? " per unit" : " cluster-wide") + ", members=[");
            for (int i = 0; i < childRanks.length; i++) {
                s.append(i == 0 ? "" : ", ").append(subject == TargetSubject.CHILD_UNITS
                        ? Arrays.toString(childRanks[i]) : String.valueOf(ownRanks[i]));
            }
            return s.append("]}").toString();
        }
    }

    // ---------------------------------------------------------------- (a) nothing missing: exact comparison

    @Test
    void withNothingMissingTheStatusIsTheExactComparison() {
        long seed = 20240101L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES; i++) {
            Case c = randomCase(random, 40, 0.0);
            Status status = statusOf(c, c.childRanks(), c.ownRanks());
            Status expected = oracle(c, c.childRanks(), c.ownRanks());
            if (status != expected) {
                fail("seed " + seed + " case " + i + ": " + c + " gave " + status + ", exact comparison says " + expected);
            }
        }
    }

    @Test
    void peopleAndQuantitiesWithNothingMissingAreTheExactComparison() {
        long seed = 777L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES; i++) {
            int total = random.nextInt(0, 3000);
            int reached = total == 0 ? 0 : random.nextInt(0, total + 1);
            BigDecimal percent = nearThreshold(random, reached, Math.max(total, 1));
            TargetSpec people = spec(TargetKind.PEOPLE_SHARE, null, 0, percent, false, true);
            Evaluation e = TallyCalculator.evaluate(people, new MemberFacts(1, "u", "u").people("t", total, reached), scale(4), null);
            Status expected = total == 0 ? Status.NOT_APPLICABLE
                    : BigInteger.valueOf(reached).multiply(BigInteger.valueOf(10_000))
                    .compareTo(cents(percent).multiply(BigInteger.valueOf(total))) >= 0 ? Status.MET : Status.NOT_MET;
            assertEquals(expected, e.getStatus(), () -> "seed " + seed + ": " + reached + "/" + total + " vs " + percent);

            BigDecimal quota = BigDecimal.valueOf(random.nextLong(0, 1_000_000), 2);
            BigDecimal amount = random.nextBoolean() ? quota.add(BigDecimal.valueOf(random.nextLong(-3, 4), 2)).max(BigDecimal.ZERO)
                    : BigDecimal.valueOf(random.nextLong(0, 1_000_000), 2);
            TargetSpec fund = spec(TargetKind.QUANTITY, null, 0, quota, false, true);
            Evaluation q = TallyCalculator.evaluate(fund, new MemberFacts(1, "u", "u").amount("t", amount), scale(4), null);
            // independently: in cents, as integers
            Status qExpected = cents(amount).compareTo(cents(quota)) >= 0 ? Status.MET : Status.NOT_MET;
            assertEquals(qExpected, q.getStatus(), () -> "seed " + seed + ": amount " + amount + " vs quota " + quota);
        }
    }

    // ------------------------------------------- (b), (c) something missing: decided only when every completion agrees

    @Test
    void withRatingsMissingTheStatusIsNeverMetAndNotMetOnlyWhenNoCompletionMeets() {
        long seed = 4242L;
        SplittableRandom random = new SplittableRandom(seed);
        int withMissing = 0;
        int incompleteBothWays = 0;
        int incompleteByPolicy = 0;
        for (int i = 0; i < CASES; i++) {
            Case c = randomCase(random, 6, 0.35);
            List<int[]> slots = missingSlots(c);
            if (slots.isEmpty()) {
                continue;
            }
            withMissing++;
            Status status = statusOf(c, c.childRanks(), c.ownRanks());
            Set<Status> completions = completions(c, slots);
            String why = "seed " + seed + " case " + i + ": " + c + " gave " + status + ", completions give " + completions;
            // (b) never MET while a rating is missing; NOT_MET only when no completion can meet
            assertTrue(status == Status.NOT_MET || status == Status.INCOMPLETE, why);
            if (status == Status.NOT_MET) {
                assertEquals(Set.of(Status.NOT_MET), completions, why);
            } else {
                // (c) INCOMPLETE: some completion meets; and some fails, unless every completion meets (then it is
                // INCOMPLETE only by the rule that a missing rating is never assumed)
                assertTrue(completions.contains(Status.MET), why);
                if (completions.size() > 1) {
                    incompleteBothWays++;
                } else {
                    incompleteByPolicy++;
                }
            }
        }
        // the generator must exercise all branches, or the property says little
        assertTrue(withMissing > CASES / 2 && incompleteBothWays > 100 && incompleteByPolicy > 10,
                withMissing + " with missing, " + incompleteBothWays + " open both ways, " + incompleteByPolicy + " open by policy");
    }

    // ------------------------------------------------------------ (d) the cluster is the sum of its members

    @Test
    void clusterFiguresAreTheSumsOfTheMembers() {
        long seed = 99L;
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Integer> scale = scale(4);
        for (int i = 0; i < CASES; i++) {
            int n = random.nextInt(0, 6);
            List<MemberFacts> members = new ArrayList<>();
            for (int m = 0; m < n; m++) {
                MemberFacts f = new MemberFacts(100 + m, "m" + m, "m" + m);
                int total = random.nextInt(0, 12);
                int[] counts = new int[4];
                int left = total;
                for (int r = 0; r < 4; r++) {
                    counts[r] = random.nextInt(0, left + 1) * (random.nextInt(4) == 0 ? 0 : 1);
                    left -= counts[r];
                }
                if (random.nextInt(6) != 0) {
                    f.children("HAMLET", ChildRatings.of(total, counts));
                }
                if (random.nextInt(4) != 0) {
                    f.amount("t", BigDecimal.valueOf(random.nextLong(0, 100_000), 2));
                }
                if (random.nextInt(4) != 0) {
                    int people = random.nextInt(0, 50);
                    f.people("t", people, random.nextInt(0, people + 1));
                }
                if (random.nextInt(4) != 0) {
                    f.done("t", random.nextInt(5) != 0);
                }
                members.add(f);
            }
            TargetKind kind = TargetKind.values()[random.nextInt(TargetKind.values().length)];
            int level = random.nextInt(1, 4);
            boolean withBase = kind == TargetKind.RATED_SHARE && random.nextBoolean();
            TargetSpec target = spec(kind, kind == TargetKind.RATED_SHARE || kind == TargetKind.RATED_COUNT_AT_MOST
                    ? TargetSubject.CHILD_UNITS : null, level, threshold(kind, random), withBase, true);
            target.setEachMember(true);
            target.setClusterWide(true);
            if (kind == TargetKind.QUANTITY) {
                for (MemberFacts f : members) {
                    if (random.nextBoolean()) {
                        target.getQuotas().put(f.getUnitId(), BigDecimal.valueOf(random.nextLong(0, 100_000), 2));
                    }
                }
            }
            Map<Long, Evaluation> baseByUnit = Map.of();
            Evaluation clusterBase = null;
            if (withBase) {
                TargetSpec baseTarget = baseSpec(TargetSubject.CHILD_UNITS, level + 1, true);
                baseTarget.setClusterWide(true);
                ClusterResult base = TallyCalculator.evaluateCluster(baseTarget, members, scale, null, null);
                baseByUnit = base.getByUnit();
                clusterBase = base.getCluster();
            }
            ClusterResult r = TallyCalculator.evaluateCluster(target, members, scale, baseByUnit, clusterBase);
            String why = "seed " + seed + " case " + i + ": " + kind + (withBase ? " of base" : "") + " " + members + " gave " + r;
            BigDecimal num = BigDecimal.ZERO;
            BigDecimal den = BigDecimal.ZERO;
            int missing = 0;
            int met = 0;
            int evaluated = 0;
            for (Evaluation e : r.getByUnit().values()) {
                num = num.add(e.getNumerator());
                den = den.add(e.getDenominator());
                missing += e.getMissing();
                met += e.getStatus() == Status.MET ? 1 : 0;
                evaluated += e.getStatus() == Status.NOT_APPLICABLE ? 0 : 1;
            }
            assertEquals(members.size(), r.getByUnit().size(), why);
            assertEquals(0, num.compareTo(r.getCluster().getNumerator()), why);
            assertEquals(0, den.compareTo(r.getCluster().getDenominator()), why);
            assertEquals(missing, r.getCluster().getMissing(), why);
            assertEquals(met, r.getUnitsMet(), why);
            assertEquals(evaluated, r.getUnitsEvaluated(), why);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Case randomCase(SplittableRandom random, int maxChildren, double missingRate) {
        int levels = random.nextInt(2, 5);
        int kindPick = random.nextInt(3);
        TargetKind kind = kindPick == 2 ? TargetKind.RATED_COUNT_AT_MOST : TargetKind.RATED_SHARE;
        int baseLevel = 0;
        int level;
        if (kindPick == 1) {
            // "of which": the target's level is strictly better than its base's, as the pledge requires
            baseLevel = random.nextInt(2, levels + 1);
            level = random.nextInt(1, baseLevel);
        } else {
            level = random.nextInt(1, levels + 1);
        }
        TargetSubject subject = random.nextInt(4) == 0 ? TargetSubject.MEMBER_UNITS : TargetSubject.CHILD_UNITS;
        boolean perUnit = subject == TargetSubject.CHILD_UNITS && random.nextBoolean();
        int members = perUnit ? 1 : random.nextInt(subject == TargetSubject.MEMBER_UNITS ? 0 : 1, 7);
        int[][] children = new int[members][];
        int[] own = new int[members];
        int budget = maxChildren; // keeps brute force small: at most maxChildren slots in all
        for (int m = 0; m < members; m++) {
            int n = random.nextInt(0, Math.max(budget, 0) + 1);
            if (subject == TargetSubject.CHILD_UNITS) {
                budget -= n;
            } else {
                n = random.nextInt(0, 4); // children ignored; keep them small
            }
            children[m] = new int[n];
            for (int j = 0; j < n; j++) {
                children[m][j] = rank(random, levels, missingRate);
            }
            own[m] = rank(random, levels, missingRate);
        }
        // a case over member units may have at most maxChildren members for brute force; already ≤ 6
        int total = subject == TargetSubject.MEMBER_UNITS ? members : Arrays.stream(children).mapToInt(a -> a.length).sum();
        BigDecimal threshold;
        if (kind == TargetKind.RATED_COUNT_AT_MOST) {
            threshold = BigDecimal.valueOf(random.nextInt(0, Math.max(total, 1) + 2));
        } else {
            threshold = nearThreshold(random, random.nextInt(0, Math.max(total, 1) + 1), Math.max(total, 1));
        }
        return new Case(levels, kind, subject, level, baseLevel, threshold, children, own, perUnit);
    }

    private static int rank(SplittableRandom random, int levels, double missingRate) {
        return random.nextDouble() < missingRate ? 0 : random.nextInt(1, levels + 1);
    }

    /** A percentage in (0, 100] with at most 2 decimals, often right at or next to k / n (where the edge cases are). */
    private static BigDecimal nearThreshold(SplittableRandom random, int k, int n) {
        BigDecimal exact = BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(n), 2,
                random.nextBoolean() ? java.math.RoundingMode.FLOOR : java.math.RoundingMode.CEILING);
        BigDecimal t = switch (random.nextInt(4)) {
            case 0 -> exact;
            case 1 -> exact.add(BigDecimal.valueOf(random.nextInt(-2, 3), 2));
            case 2 -> BigDecimal.valueOf(random.nextInt(1, 101));
            default -> BigDecimal.valueOf(random.nextInt(1, 10_001), 2);
        };
        return t.signum() <= 0 ? new BigDecimal("0.01") : t.min(BigDecimal.valueOf(100));
    }

    private static BigDecimal threshold(TargetKind kind, SplittableRandom random) {
        return switch (kind) {
            case RATED_SHARE, PEOPLE_SHARE -> nearThreshold(random, random.nextInt(0, 10), 10);
            case RATED_COUNT_AT_MOST -> BigDecimal.valueOf(random.nextInt(0, 5));
            case QUANTITY -> BigDecimal.valueOf(random.nextLong(0, 100_000), 2);
            case DONE -> null;
        };
    }

    private static Map<String, Integer> scale(int levels) {
        Map<String, Integer> scale = new LinkedHashMap<>();
        for (int r = 1; r <= levels; r++) {
            scale.put("L" + r, r);
        }
        return scale;
    }

    private static TargetSpec spec(TargetKind kind, TargetSubject subject, int level, BigDecimal threshold,
                                   boolean withBase, boolean perUnit) {
        TargetSpec t = new TargetSpec();
        t.setCode("t");
        t.setName("t");
        t.setKind(kind);
        t.setSubject(subject);
        t.setChildCategory(subject == TargetSubject.CHILD_UNITS ? "HAMLET" : null);
        t.setLevelCode(subject == null ? null : "L" + level);
        t.setThreshold(threshold);
        t.setBaseCode(withBase ? "b" : null);
        t.setEachMember(perUnit);
        t.setClusterWide(!perUnit);
        return t;
    }

    private static TargetSpec baseSpec(TargetSubject subject, int baseLevel, boolean perUnit) {
        TargetSpec b = spec(TargetKind.RATED_SHARE, subject, baseLevel, BigDecimal.valueOf(50), false, perUnit);
        b.setCode("b");
        return b;
    }

    private static List<MemberFacts> facts(Case c, int[][] childRanks, int[] ownRanks) {
        List<MemberFacts> members = new ArrayList<>();
        for (int m = 0; m < childRanks.length; m++) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (int r : childRanks[m]) {
                if (r > 0) {
                    counts.merge(r, 1, Integer::sum);
                }
            }
            members.add(new MemberFacts(m + 1, "m" + m, "m" + m)
                    .children("HAMLET", new ChildRatings(childRanks[m].length, counts))
                    .rating(ownRanks[m] == 0 ? null : ownRanks[m]));
        }
        return members;
    }

    /** The calculator's status for the case with these ratings: per unit through evaluate(), else cluster-wide. */
    private static Status statusOf(Case c, int[][] childRanks, int[] ownRanks) {
        List<MemberFacts> members = facts(c, childRanks, ownRanks);
        Map<String, Integer> scale = scale(c.levels());
        TargetSpec target = spec(c.kind(), c.subject(), c.level(), c.threshold(), c.baseLevel() > 0, c.perUnit());
        TargetSpec base = c.baseLevel() > 0 ? baseSpec(c.subject(), c.baseLevel(), c.perUnit()) : null;
        if (c.perUnit()) {
            MemberFacts m = members.get(0);
            Evaluation b = base == null ? null : TallyCalculator.evaluate(base, m, scale, null);
            return TallyCalculator.evaluate(target, m, scale, b).getStatus();
        }
        Evaluation b = base == null ? null : TallyCalculator.evaluateCluster(base, members, scale, null, null).getCluster();
        return TallyCalculator.evaluateCluster(target, members, scale, null, b).getCluster().getStatus();
    }

    /** Complete data only: counts from the raw ranks and compares in BigInteger (threshold in hundredths of a %). */
    private static Status oracle(Case c, int[][] childRanks, int[] ownRanks) {
        List<Integer> ranks = new ArrayList<>();
        if (c.subject() == TargetSubject.MEMBER_UNITS) {
            Arrays.stream(ownRanks).forEach(ranks::add);
        } else {
            Arrays.stream(childRanks).flatMapToInt(Arrays::stream).forEach(ranks::add);
        }
        if (ranks.contains(0)) {
            throw new IllegalStateException("oracle needs complete data");
        }
        long better = ranks.stream().filter(r -> r <= c.level()).count();
        long worse = ranks.stream().filter(r -> r >= c.level()).count();
        if (c.kind() == TargetKind.RATED_COUNT_AT_MOST) {
            return ranks.isEmpty() ? Status.NOT_APPLICABLE
                    : BigDecimal.valueOf(worse).compareTo(c.threshold()) <= 0 ? Status.MET : Status.NOT_MET;
        }
        long denominator = c.baseLevel() > 0 ? ranks.stream().filter(r -> r <= c.baseLevel()).count() : ranks.size();
        if (denominator == 0) {
            return Status.NOT_APPLICABLE;
        }
        return BigInteger.valueOf(better).multiply(BigInteger.valueOf(10_000))
                .compareTo(cents(c.threshold()).multiply(BigInteger.valueOf(denominator))) >= 0 ? Status.MET : Status.NOT_MET;
    }

    private static BigInteger cents(BigDecimal value) {
        return value.movePointRight(2).toBigIntegerExact();
    }

    /** Missing ratings as {member, child index} ({member, -1} for a member's own rating). */
    private static List<int[]> missingSlots(Case c) {
        List<int[]> slots = new ArrayList<>();
        for (int m = 0; m < c.childRanks().length; m++) {
            if (c.subject() == TargetSubject.MEMBER_UNITS) {
                if (c.ownRanks()[m] == 0) {
                    slots.add(new int[]{m, -1});
                }
            } else {
                for (int j = 0; j < c.childRanks()[m].length; j++) {
                    if (c.childRanks()[m][j] == 0) {
                        slots.add(new int[]{m, j});
                    }
                }
            }
        }
        return slots;
    }

    /** The statuses of every completion (each missing rating at each rank), by the calculator and by the oracle. */
    private static Set<Status> completions(Case c, List<int[]> slots) {
        int[][] children = Arrays.stream(c.childRanks()).map(int[]::clone).toArray(int[][]::new);
        int[] own = c.ownRanks().clone();
        Set<Status> seen = EnumSet.noneOf(Status.class);
        int[] pick = new int[slots.size()];
        Arrays.fill(pick, 1);
        while (true) {
            for (int s = 0; s < slots.size(); s++) {
                int[] slot = slots.get(s);
                if (slot[1] < 0) {
                    own[slot[0]] = pick[s];
                } else {
                    children[slot[0]][slot[1]] = pick[s];
                }
            }
            Status byCalculator = statusOf(c, children, own);
            Status byOracle = oracle(c, children, own);
            if (byCalculator != byOracle) {
                fail(c + " completed as " + Arrays.deepToString(children) + " / " + Arrays.toString(own) + " gave "
                        + byCalculator + ", exact comparison says " + byOracle);
            }
            seen.add(byOracle);
            int s = 0;
            while (s < pick.length && pick[s] == c.levels()) {
                pick[s++] = 1;
            }
            if (s == pick.length) {
                return seen;
            }
            pick[s]++;
        }
    }
}
