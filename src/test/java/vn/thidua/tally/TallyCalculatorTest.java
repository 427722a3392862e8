package vn.thidua.tally;

import org.junit.jupiter.api.Test;
import vn.thidua.pledge.TargetKind;
import vn.thidua.pledge.TargetSpec;
import vn.thidua.pledge.TargetSubject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked examples of docs/domain.md ("Targets and their arithmetic") and the edges of each rule. */
class TallyCalculatorTest {

    static final Map<String, Integer> SCALE = Map.of("HTXS", 1, "HTT", 2, "HT", 3, "KHT", 4);

    static TargetSpec rated(TargetKind kind, TargetSubject subject, String level, String threshold) {
        TargetSpec t = new TargetSpec();
        t.setCode(kind.name().toLowerCase().replace('_', '-') + "-" + level.toLowerCase());
        t.setName(t.getCode());
        t.setKind(kind);
        t.setSubject(subject);
        t.setChildCategory(subject == TargetSubject.CHILD_UNITS ? "HAMLET" : null);
        t.setLevelCode(level);
        t.setThreshold(new BigDecimal(threshold));
        t.setEachMember(subject == TargetSubject.CHILD_UNITS);
        t.setClusterWide(true);
        return t;
    }

    static TargetSpec share(String level, String percent) {
        return rated(TargetKind.RATED_SHARE, TargetSubject.CHILD_UNITS, level, percent);
    }

    static TargetSpec atMost(String level, String count) {
        return rated(TargetKind.RATED_COUNT_AT_MOST, TargetSubject.CHILD_UNITS, level, count);
    }

    static TargetSpec simple(TargetKind kind, String code, String threshold) {
        TargetSpec t = new TargetSpec();
        t.setCode(code);
        t.setName(code);
        t.setKind(kind);
        t.setThreshold(threshold == null ? null : new BigDecimal(threshold));
        t.setEachMember(true);
        t.setClusterWide(true);
        return t;
    }

    static MemberFacts commune(long id, ChildRatings hamlets) {
        MemberFacts m = new MemberFacts(id, "X" + id, "Xã " + id);
        return hamlets == null ? m : m.children("HAMLET", hamlets);
    }

    static Evaluation eval(TargetSpec t, ChildRatings hamlets) {
        return TallyCalculator.evaluate(t, commune(1, hamlets), SCALE, null);
    }

    // 10 hamlet committees: 4 HTXS, 4 HTT, 1 HT, 1 KHT
    static final ChildRatings TEN = ChildRatings.of(10, 4, 4, 1, 1);

    @Test
    void workedExampleGoodIsMetExactlyAtEightyPercent() {
        Evaluation e = eval(share("HTT", "80"), TEN);
        assertEquals(Status.MET, e.getStatus());
        assertEquals(0, e.getNumerator().compareTo(BigDecimal.valueOf(8)));
        assertEquals(0, e.getDenominator().compareTo(BigDecimal.TEN));
        assertEquals("80.0", e.getPercent());
        assertEquals(0, e.getValue().compareTo(BigDecimal.valueOf(80)));
        assertEquals(0, e.getMissing());
    }

    @Test
    void workedExampleExcellentFortyPercentMeetsThirty() {
        Evaluation e = eval(share("HTXS", "30"), TEN);
        assertEquals(Status.MET, e.getStatus());
        assertEquals("40.0", e.getPercent());
    }

    @Test
    void workedExampleOneWeakFailsNoneWeak() {
        Evaluation e = eval(atMost("KHT", "0"), TEN);
        assertEquals(Status.NOT_MET, e.getStatus());
        assertEquals(0, e.getNumerator().compareTo(BigDecimal.ONE));
        assertEquals(0, e.getValue().compareTo(BigDecimal.ONE));
    }

    @Test
    void oneUnratedCommitteeMakesEightyPercentIncompleteNeverMet() {
        // the unrated one could be the eighth good one or not
        Evaluation e = eval(share("HTT", "80"), ChildRatings.of(10, 4, 3, 1, 1));
        assertEquals(Status.INCOMPLETE, e.getStatus());
        assertEquals(1, e.getMissing());
        // even with 8 good already known, an unrated committee keeps it open: never MET while something is missing
        assertEquals(Status.INCOMPLETE, eval(share("HTT", "80"), ChildRatings.of(10, 4, 4, 1)).getStatus());
        // none weak so far, one unrated: it could be weak
        assertEquals(Status.INCOMPLETE, eval(atMost("KHT", "0"), ChildRatings.of(10, 4, 4, 1)).getStatus());
    }

    @Test
    void sevenOfNineIsNotMet() {
        Evaluation e = eval(share("HTT", "80"), ChildRatings.of(9, 3, 4, 1, 1));
        assertEquals(Status.NOT_MET, e.getStatus());
        assertEquals("77.8", e.getPercent());
    }

    @Test
    void communeWithoutHamletsIsNotApplicable() {
        for (TargetSpec t : List.of(share("HTT", "80"), share("HTXS", "30"), atMost("KHT", "0"))) {
            Evaluation absent = eval(t, null);
            assertEquals(Status.NOT_APPLICABLE, absent.getStatus());
            assertNull(absent.getPercent());
            assertNull(t.getKind() == TargetKind.RATED_SHARE ? absent.getValue() : null);
            assertEquals(Status.NOT_APPLICABLE, eval(t, ChildRatings.of(0)).getStatus());
        }
    }

    @Test
    void fourOfFiveIsExactlyEightyPercent() {
        assertEquals(Status.MET, eval(share("HTT", "80"), ChildRatings.of(5, 2, 2, 1)).getStatus());
    }

    @Test
    void seventyNinePointNineSixIsNotRoundedUp() {
        Evaluation e = eval(share("HTT", "80"), ChildRatings.of(2500, 1000, 999, 501));
        assertEquals(Status.NOT_MET, e.getStatus());
        // half-up would show "80.0" next to "not met"; a shortfall is cut instead
        assertEquals("79.9", e.getPercent());
        assertEquals(0, e.getValue().compareTo(new BigDecimal("79.96")));
        assertEquals(Status.MET, eval(share("HTT", "80"), ChildRatings.of(2500, 1000, 1000, 500)).getStatus());
        // elsewhere ordinary half-up
        assertEquals("80.0", eval(share("HTT", "79.9"), ChildRatings.of(2500, 1000, 999, 501)).getPercent());
    }

    @Test
    void allMissing() {
        Evaluation e = eval(share("HTT", "80"), ChildRatings.of(10));
        assertEquals(Status.INCOMPLETE, e.getStatus());
        assertEquals(10, e.getMissing());
        assertEquals("0.0", e.getPercent());
        assertEquals(Status.INCOMPLETE, eval(atMost("KHT", "0"), ChildRatings.of(10)).getStatus());
        assertEquals(Status.INCOMPLETE, eval(share("HTXS", "100"), ChildRatings.of(10)).getStatus());
    }

    @Test
    void oneMissingDecidedWhenItCannotMatter() {
        // 6 good + 1 unrated of 10: at best 7/10 < 80 %
        assertEquals(Status.NOT_MET, eval(share("HTT", "80"), ChildRatings.of(10, 2, 4, 2, 1)).getStatus());
        // 7 good + 1 unrated: at best 8/10
        assertEquals(Status.INCOMPLETE, eval(share("HTT", "80"), ChildRatings.of(10, 2, 5, 2)).getStatus());
        // already one weak: "none weak" fails whatever the last rating
        assertEquals(Status.NOT_MET, eval(atMost("KHT", "0"), ChildRatings.of(10, 2, 4, 2, 1)).getStatus());
    }

    @Test
    void countAtTheBestLevelCountsTheMissingOnesAsCertain() {
        // "at most 2 at HTXS or worse": every rating is, so 2 rated + 1 unrated is already 3
        assertEquals(Status.NOT_MET, eval(atMost("HTXS", "2"), ChildRatings.of(3, 1, 1)).getStatus());
        assertEquals(Status.INCOMPLETE, eval(atMost("HTXS", "3"), ChildRatings.of(3, 1, 1)).getStatus());
    }

    @Test
    void ofWhichCountsAmongThoseTheBaseCounts() {
        TargetSpec good = share("HTT", "80");
        TargetSpec excellentOfGood = share("HTXS", "50");
        excellentOfGood.setBaseCode(good.getCode());
        MemberFacts commune = commune(1, TEN);
        Evaluation base = TallyCalculator.evaluate(good, commune, SCALE, null);
        Evaluation e = TallyCalculator.evaluate(excellentOfGood, commune, SCALE, base);
        assertEquals(Status.MET, e.getStatus()); // 4 of the 8 good
        assertEquals(0, e.getDenominator().compareTo(BigDecimal.valueOf(8)));
        assertEquals("50.0", e.getPercent());
        excellentOfGood.setThreshold(new BigDecimal("60"));
        assertEquals(Status.NOT_MET, TallyCalculator.evaluate(excellentOfGood, commune, SCALE, base).getStatus());
        assertThrows(IllegalArgumentException.class, () -> TallyCalculator.evaluate(excellentOfGood, commune, SCALE, null));
    }

    @Test
    void ofWhichGetsItsBaseWhateverTheBaseScope() {
        TargetSpec good = share("HTT", "80");
        good.setEachMember(false); // the base is cluster-wide only, the "of which" target binds each member too
        TargetSpec excellentOfGood = share("HTXS", "50");
        excellentOfGood.setBaseCode(good.getCode());
        List<MemberFacts> members = List.of(commune(1, TEN), commune(2, ChildRatings.of(4, 1, 2, 1)));
        ClusterResult base = TallyCalculator.evaluateCluster(good, members, SCALE, Map.of(), null);
        assertTrue(base.getByUnit().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> TallyCalculator.evaluateCluster(excellentOfGood, members, SCALE,
                base.getByUnit(), base.getCluster()));
        ClusterResult r = TallyCalculator.evaluateCluster(excellentOfGood, members, SCALE, good);
        assertEquals(Status.MET, r.getByUnit().get(1L).getStatus());      // 4 of 8
        assertEquals(Status.NOT_MET, r.getByUnit().get(2L).getStatus());  // 1 of 3
        assertEquals(0, r.getCluster().getDenominator().compareTo(BigDecimal.valueOf(11)));
        assertEquals(Status.NOT_MET, r.getCluster().getStatus());         // 5 of 11 = 45.5 %
        assertEquals("45.5", r.getCluster().getPercent());
    }

    @Test
    void ofWhichWithMissingRatings() {
        TargetSpec good = share("HTT", "80");
        TargetSpec excellentOfGood = share("HTXS", "50");
        excellentOfGood.setBaseCode(good.getCode());
        // 4 HTXS, 4 HTT, 1 HT, 1 unrated: at best 5 of 9 good are excellent (55.6 %)
        MemberFacts commune = commune(1, ChildRatings.of(10, 4, 4, 1));
        Evaluation base = TallyCalculator.evaluate(good, commune, SCALE, null);
        Evaluation e = TallyCalculator.evaluate(excellentOfGood, commune, SCALE, base);
        assertEquals(Status.INCOMPLETE, e.getStatus());
        assertEquals(1, e.getMissing());
        excellentOfGood.setThreshold(new BigDecimal("60"));
        assertEquals(Status.NOT_MET, TallyCalculator.evaluate(excellentOfGood, commune, SCALE, base).getStatus());
    }

    @Test
    void ofWhichIsNotApplicableWhenTheBaseCountsNobody() {
        TargetSpec good = share("HTT", "80");
        TargetSpec excellentOfGood = share("HTXS", "30");
        excellentOfGood.setBaseCode(good.getCode());
        for (ChildRatings r : List.of(ChildRatings.of(3, 0, 0, 2, 1), ChildRatings.NONE)) {
            MemberFacts commune = commune(1, r);
            Evaluation base = TallyCalculator.evaluate(good, commune, SCALE, null);
            assertEquals(Status.NOT_APPLICABLE, TallyCalculator.evaluate(excellentOfGood, commune, SCALE, base).getStatus());
        }
        // nobody good yet but one unrated: could still become applicable
        MemberFacts open = commune(1, ChildRatings.of(3, 0, 0, 2));
        Evaluation base = TallyCalculator.evaluate(good, open, SCALE, null);
        assertEquals(Status.INCOMPLETE, TallyCalculator.evaluate(excellentOfGood, open, SCALE, base).getStatus());
    }

    @Test
    void percentIsRoundedHalfUpToOneDecimal() {
        assertEquals("66.7", eval(share("HTT", "50"), ChildRatings.of(3, 2, 0, 1)).getPercent());
        assertEquals("33.3", eval(share("HTT", "50"), ChildRatings.of(3, 1, 0, 2)).getPercent());
        TargetSpec cadres = simple(TargetKind.PEOPLE_SHARE, "cadres", "5");
        Evaluation e = TallyCalculator.evaluate(cadres, commune(1, null).people("cadres", 16, 1), SCALE, null);
        assertEquals("6.3", e.getPercent()); // 6.25
        assertEquals(0, e.getValue().compareTo(new BigDecimal("6.25")));
        assertEquals(0, eval(share("HTT", "50"), ChildRatings.of(3, 2, 0, 1)).getValue()
                .compareTo(new BigDecimal("66.6666666666")));
    }

    @Test
    void memberUnitsAreCountedClusterWideOnly() {
        TargetSpec commitees = rated(TargetKind.RATED_SHARE, TargetSubject.MEMBER_UNITS, "HTT", "60");
        List<MemberFacts> members = List.of(commune(1, null).rating(1), commune(2, null).rating(2),
                commune(3, null).rating(2), commune(4, null).rating(3), commune(5, null));
        ClusterResult r = TallyCalculator.evaluateCluster(commitees, members, SCALE, Map.of(), null);
        assertTrue(r.getByUnit().isEmpty());
        assertEquals(Status.INCOMPLETE, r.getCluster().getStatus()); // 3 of 5 known good, one unrated
        assertEquals("60.0", r.getCluster().getPercent());
        members.get(4).rating(4);
        assertEquals(Status.MET, TallyCalculator.evaluateCluster(commitees, members, SCALE, Map.of(), null).getCluster().getStatus());
        commitees.setThreshold(new BigDecimal("100"));
        members.get(4).rating(null);
        assertEquals(Status.NOT_MET, TallyCalculator.evaluateCluster(commitees, members, SCALE, Map.of(), null).getCluster().getStatus());
        assertEquals(Status.NOT_APPLICABLE, TallyCalculator.evaluateCluster(commitees, List.of(), SCALE, Map.of(), null).getCluster().getStatus());
        assertThrows(IllegalArgumentException.class, () -> TallyCalculator.evaluate(commitees, members.get(0), SCALE, null));
    }

    @Test
    void clusterSumsTheChildrenOfAllMembers() {
        TargetSpec good = share("HTT", "80");
        List<MemberFacts> members = List.of(commune(1, TEN), commune(2, ChildRatings.of(9, 3, 4, 1, 1)), commune(3, null));
        ClusterResult r = TallyCalculator.evaluateCluster(good, members, SCALE, Map.of(), null);
        assertEquals(Status.MET, r.getByUnit().get(1L).getStatus());
        assertEquals(Status.NOT_MET, r.getByUnit().get(2L).getStatus());
        assertEquals(Status.NOT_APPLICABLE, r.getByUnit().get(3L).getStatus());
        assertEquals(1, r.getUnitsMet());
        assertEquals(2, r.getUnitsEvaluated());
        assertEquals(Status.NOT_MET, r.getCluster().getStatus()); // 15 / 19 = 78.9 %
        assertEquals("78.9", r.getCluster().getPercent());
    }

    @Test
    void quantityAgainstOwnOrDefaultQuota() {
        TargetSpec fund = simple(TargetKind.QUANTITY, "fund", "100");
        fund.setQuotas(Map.of(2L, new BigDecimal("300"), 4L, BigDecimal.ZERO));
        MemberFacts a = commune(1, null).amount("fund", new BigDecimal("100"));
        MemberFacts b = commune(2, null).amount("fund", new BigDecimal("299.99"));
        MemberFacts c = commune(3, null);
        MemberFacts d = commune(4, null).amount("fund", BigDecimal.ZERO);
        ClusterResult r = TallyCalculator.evaluateCluster(fund, List.of(a, b, c, d), SCALE, Map.of(), null);
        assertEquals(Status.MET, r.getByUnit().get(1L).getStatus());
        assertEquals(Status.NOT_MET, r.getByUnit().get(2L).getStatus());
        assertEquals("99.9", r.getByUnit().get(2L).getPercent()); // 99.997 %: short, so not shown as 100.0
        assertEquals(Status.INCOMPLETE, r.getByUnit().get(3L).getStatus());
        assertEquals(1, r.getByUnit().get(3L).getMissing());
        assertEquals(Status.MET, r.getByUnit().get(4L).getStatus()); // quota 0
        assertNull(r.getByUnit().get(4L).getPercent());
        assertEquals(Status.INCOMPLETE, r.getCluster().getStatus()); // 399.99 of 500, one to come
        assertEquals(0, r.getCluster().getDenominator().compareTo(new BigDecimal("500")));
        // amounts only add up: the entered ones already reach the cluster's quota
        b.amount("fund", new BigDecimal("400"));
        assertEquals(Status.MET, TallyCalculator.evaluateCluster(fund, List.of(a, b, c, d), SCALE, Map.of(), null).getCluster().getStatus());
        // but nobody having reported is never MET, even against a zero quota
        TargetSpec zero = simple(TargetKind.QUANTITY, "zero", "0");
        assertEquals(Status.INCOMPLETE, TallyCalculator.evaluateCluster(zero, List.of(c), SCALE, Map.of(), null).getCluster().getStatus());
        c.amount("fund", BigDecimal.ZERO);
        b.amount("fund", new BigDecimal("299"));
        assertEquals(Status.NOT_MET, TallyCalculator.evaluateCluster(fund, List.of(a, b, c, d), SCALE, Map.of(), null).getCluster().getStatus());
        assertThrows(IllegalArgumentException.class, () -> a.amount("fund", new BigDecimal("-1")));
    }

    @Test
    void peopleShares() {
        TargetSpec cadres = simple(TargetKind.PEOPLE_SHARE, "cadres", "100");
        MemberFacts a = commune(1, null).people("cadres", 12, 12);
        MemberFacts b = commune(2, null).people("cadres", 5, 4);
        MemberFacts c = commune(3, null);
        MemberFacts d = commune(4, null).people("cadres", 0, 0);
        ClusterResult r = TallyCalculator.evaluateCluster(cadres, List.of(a, b, c, d), SCALE, Map.of(), null);
        assertEquals(Status.MET, r.getByUnit().get(1L).getStatus());
        assertEquals(Status.NOT_MET, r.getByUnit().get(2L).getStatus());
        assertEquals(Status.INCOMPLETE, r.getByUnit().get(3L).getStatus());
        assertEquals(Status.NOT_APPLICABLE, r.getByUnit().get(4L).getStatus());
        // 100 % can no longer be reached once one cadre missed it, whatever the missing unit enters
        assertEquals(Status.NOT_MET, r.getCluster().getStatus());
        assertEquals(Status.INCOMPLETE, TallyCalculator.evaluateCluster(cadres, List.of(a, c), SCALE, Map.of(), null).getCluster().getStatus());
        cadres.setThreshold(new BigDecimal("80"));
        assertEquals(Status.INCOMPLETE, TallyCalculator.evaluateCluster(cadres, List.of(a, b, c), SCALE, Map.of(), null).getCluster().getStatus());
        assertEquals(Status.MET, TallyCalculator.evaluateCluster(cadres, List.of(a, b, d), SCALE, Map.of(), null).getCluster().getStatus());
        assertThrows(IllegalArgumentException.class, () -> c.people("cadres", 3, 4));
    }

    @Test
    void doneEverywhere() {
        TargetSpec report = simple(TargetKind.DONE, "report", null);
        MemberFacts a = commune(1, null).done("report", true);
        MemberFacts b = commune(2, null);
        MemberFacts c = commune(3, null).done("report", false);
        assertEquals(Status.MET, TallyCalculator.evaluate(report, a, SCALE, null).getStatus());
        assertEquals(Status.INCOMPLETE, TallyCalculator.evaluate(report, b, SCALE, null).getStatus());
        assertEquals(Status.NOT_MET, TallyCalculator.evaluate(report, c, SCALE, null).getStatus());
        assertNull(TallyCalculator.evaluate(report, a, SCALE, null).getPercent());
        assertEquals(Status.INCOMPLETE, TallyCalculator.evaluateCluster(report, List.of(a, b), SCALE, Map.of(), null).getCluster().getStatus());
        assertEquals(Status.NOT_MET, TallyCalculator.evaluateCluster(report, List.of(a, b, c), SCALE, Map.of(), null).getCluster().getStatus());
        assertEquals(Status.MET, TallyCalculator.evaluateCluster(report, List.of(a), SCALE, Map.of(), null).getCluster().getStatus());
    }

    @Test
    void ratingsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> ChildRatings.of(3, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> ChildRatings.of(3, -1));
        assertEquals(1, ChildRatings.of(10, 4, 4, 1).getMissing());
        assertEquals("not_applicable", Status.NOT_APPLICABLE.json());
        assertEquals("not_met", Status.NOT_MET.json());
    }
}
