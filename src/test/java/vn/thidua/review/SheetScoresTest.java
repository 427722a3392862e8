package vn.thidua.review;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The provisional and final points of a sheet, as the ranking, the sheet's page and finalising read them. */
class SheetScoresTest {

    private static final ScoringSheet SHEET = ScoringSheet.of(List.of(
            new ScoringSheet.Node("I", null, "Tuyên truyền", CriterionKind.SCORED, new BigDecimal("60"), false, null, null),
            new ScoringSheet.Node("1.1", "I", "Báo cáo", CriterionKind.SCORED, new BigDecimal("30"), false, null, null),
            new ScoringSheet.Node("1.2", "I", "Ngày hội", CriterionKind.SCORED, new BigDecimal("30"), false, null, null),
            new ScoringSheet.Node("2.1", null, "Quỹ", CriterionKind.SCORED, new BigDecimal("40"), false, "quy", LinkMode.PROPORTIONAL),
            new ScoringSheet.Node("V", null, "Điểm thưởng", CriterionKind.BONUS, new BigDecimal("5"), false, null, null),
            new ScoringSheet.Node("5.1", "V", "Mô hình", CriterionKind.BONUS, new BigDecimal("8"), false, null, null)));

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theReviewedScoreFallsBackToTheSelfScoreAndLinkedPointsCountInBoth() {
        SheetScores s = SheetScores.of(Map.of("2.1", n("30")), Map.of(
                "1.1", new SheetScores.Typed(n("25"), n("20")),
                "1.2", new SheetScores.Typed(n("28"), null),
                "5.1", new SheetScores.Typed(n("8"), null)));
        // 25 + 28 + 30 + bonus capped at 5
        assertEquals(n("88"), s.selfTotal(SHEET));
        // 20 (reviewed) + 28 (unchanged self-score) + 30 + 5
        assertEquals(n("83"), s.reviewedTotal(SHEET));
        assertEquals(n("48"), s.tieBreak(SHEET, "I", ReviewStatus.SUBMITTED));
        assertEquals(n("53"), s.tieBreak(SHEET, "I", ReviewStatus.SELF_SCORING));
        assertNull(s.tieBreak(SHEET, null, ReviewStatus.SUBMITTED));
    }

    @Test
    void theStandingTotalIsTheSelfScoreUntilSubmittedThenTheReviewedOne() {
        SheetScores s = SheetScores.of(Map.of(), Map.of("1.1", new SheetScores.Typed(n("25"), n("10"))));
        assertEquals(n("25"), s.standingTotal(SHEET, ReviewStatus.SELF_SCORING, true));
        assertNull(s.standingTotal(SHEET, ReviewStatus.SELF_SCORING, false), "nothing scored yet: not ranked by points");
        assertEquals(n("10"), s.standingTotal(SHEET, ReviewStatus.SUBMITTED, true));
        assertEquals(n("10"), s.standingTotal(SHEET, ReviewStatus.REVIEWED, true));
    }

    @Test
    void anIncompleteLinkedCriterionCountsZeroProvisionallyAndKeepsFinalisingWaiting() {
        SheetScores s = SheetScores.of(Map.of(), Map.of("1.1", new SheetScores.Typed(n("25"), null)));
        assertEquals(n("25"), s.reviewedTotal(SHEET));
        SheetScores.Final waiting = SheetScores.finalPoints(SHEET, Map.of(), code -> null);
        assertEquals(List.of("2.1"), waiting.waiting());
        SheetScores.Final done = SheetScores.finalPoints(SHEET, Map.of("2.1", n("40")), code -> "1.1".equals(code) ? n("22") : null);
        assertEquals(List.of(), done.waiting());
        assertEquals(Map.of("1.1", n("22"), "1.2", BigDecimal.ZERO, "2.1", n("40"), "5.1", BigDecimal.ZERO), done.points(),
                "a typed leaf without a reviewed score is frozen at 0");
        assertEquals(n("62"), SHEET.total(done.points()));
    }
}
