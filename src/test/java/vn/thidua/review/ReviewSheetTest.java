package vn.thidua.review;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.Campaign;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitType;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.files.StoredFile;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A unit's scoring sheet through its states, without a container: what each state allows and what finalising freezes. */
class ReviewSheetTest {

    private static final Instant NOW = Instant.parse("2022-12-10T03:00:00Z");

    private ScoringSheet sheet;
    private Map<String, Criterion> leaves;
    private ReviewSheet review;
    private final RatingBands bands = RatingBands.of(RatingBands.defaults(List.of("HTXS", "HTT", "HT", "KHT")));

    static UnitType type(String name) throws Exception {
        Constructor<UnitType> c = UnitType.class.getDeclaredConstructor();
        c.setAccessible(true);
        UnitType t = c.newInstance();
        Field f = UnitType.class.getDeclaredField("name");
        f.setAccessible(true);
        f.set(t, name);
        return t;
    }

    @BeforeEach
    void setUp() throws Exception {
        Unit district = new Unit("909", "An Minh", type("Huyện"), null, null);
        Unit vanKhanhTay = new Unit("31048", "Vân Khánh Tây", type("Xã"), district, null);
        Campaign campaign = new Campaign(district, 2022, "Thi đua năm 2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        Cluster cluster = new Cluster(campaign, "Cụm số 1", vanKhanhTay);
        List<ScoringSheet.Node> nodes = List.of(
                new ScoringSheet.Node("I", null, "Tuyên truyền", CriterionKind.SCORED, new BigDecimal("60"), false, null, null),
                new ScoringSheet.Node("1.1", "I", "Báo cáo", CriterionKind.SCORED, new BigDecimal("30"), false, null, null),
                new ScoringSheet.Node("1.2", "I", "Ngày hội", CriterionKind.SCORED, new BigDecimal("30"), true, null, null),
                new ScoringSheet.Node("2.1", null, "Quỹ", CriterionKind.SCORED, new BigDecimal("40"), false, "quy", LinkMode.PROPORTIONAL),
                new ScoringSheet.Node("V", null, "Điểm thưởng", CriterionKind.BONUS, new BigDecimal("5"), false, null, null),
                new ScoringSheet.Node("5.1", "V", "Mô hình", CriterionKind.BONUS, new BigDecimal("5"), false, null, null));
        sheet = ScoringSheet.of(nodes);
        Map<String, Criterion> made = new LinkedHashMap<>();
        leaves = new HashMap<>();
        int position = 1;
        for (ScoringSheet.Node n : nodes) {
            Criterion c = new Criterion(campaign, n.isRoot() ? null : made.get(n.parentCode()), n, position++);
            made.put(n.code(), c);
            if (sheet.isLeaf(n.code())) {
                leaves.put(n.code(), c);
            }
        }
        review = new ReviewSheet(campaign, cluster, vanKhanhTay, "vankhanhtay", NOW);
    }

    private StoredFile file() {
        return new StoredFile("minh-chung.png", "image/png", new byte[] {1}, "00", null, NOW);
    }

    @Test
    void selfScoringChecksRangeRefusesLinkedCriteriaAndAuditsOnlyChanges() {
        Optional<ReviewSheet.Change> change = review.selfScore(sheet, leaves.get("1.1"), new BigDecimal("28.5"), " Đủ ", "u", NOW);
        assertEquals(new ReviewSheet.Change("1.1", "self", null, "28.5", null), change.orElseThrow());
        assertTrue(review.selfScore(sheet, leaves.get("1.1"), new BigDecimal("28.50"), "Đủ", "u", NOW).isEmpty(),
                "the same value and note again is no change");
        assertEquals("review.score.error.range", assertThrows(RuleViolation.class,
                () -> review.selfScore(sheet, leaves.get("1.2"), new BigDecimal("31"), null, "u", NOW)).getKey());
        assertEquals("review.score.error.linked", assertThrows(RuleViolation.class,
                () -> review.selfScore(sheet, leaves.get("2.1"), BigDecimal.TEN, null, "u", NOW)).getKey());
    }

    @Test
    void submittingNeedsEveryScoreAndTheEvidenceAsked() {
        review.selfScore(sheet, leaves.get("1.1"), new BigDecimal("30"), null, "u", NOW);
        assertEquals("review.error.missingScores", assertThrows(RuleViolation.class, () -> review.submit(sheet, "u", NOW)).getKey());
        review.selfScore(sheet, leaves.get("1.2"), new BigDecimal("20"), null, "u", NOW);
        RuleViolation evidence = assertThrows(RuleViolation.class, () -> review.submit(sheet, "u", NOW));
        assertEquals("review.error.missingEvidence", evidence.getKey());
        assertEquals(List.of("1.2"), evidence.getArgs());
        review.addEvidence(leaves.get("1.2"), file(), "u", NOW);
        assertEquals(new ReviewSheet.Change(null, "status", "SELF_SCORING", "SUBMITTED", null), review.submit(sheet, "u", NOW));
        assertEquals("review.done.submitted", assertThrows(vn.thidua.shared.AlreadyDone.class,
                () -> review.submit(sheet, "u", NOW)).getKey(), "a second click on submit is told it is done");
        assertEquals("review.error.notSelfScoring", assertThrows(RuleViolation.class,
                () -> review.selfScore(sheet, leaves.get("1.1"), BigDecimal.ONE, null, "u", NOW)).getKey());
        assertEquals("review.error.notSelfScoring", assertThrows(RuleViolation.class,
                () -> review.addEvidence(leaves.get("1.2"), file(), "u", NOW)).getKey());
    }

    @Test
    void aReviewedScoreThatDiffersNeedsAReasonAndFinalisingFreezesTheResult() {
        review.selfScore(sheet, leaves.get("1.1"), new BigDecimal("30"), null, "u", NOW);
        review.selfScore(sheet, leaves.get("1.2"), BigDecimal.ZERO, null, "u", NOW);
        review.selfScore(sheet, leaves.get("5.1"), new BigDecimal("4"), null, "u", NOW);
        assertEquals("review.error.notInReview", assertThrows(RuleViolation.class,
                () -> review.review(sheet, leaves.get("1.1"), BigDecimal.TEN, "x", "l", NOW)).getKey());
        review.submit(sheet, "u", NOW);
        assertEquals("review.score.error.reasonRequired", assertThrows(RuleViolation.class,
                () -> review.review(sheet, leaves.get("1.1"), new BigDecimal("25"), "  ", "l", NOW)).getKey());
        assertTrue(review.review(sheet, leaves.get("1.1"), new BigDecimal("30.0"), null, "l", NOW).isPresent(),
                "accepting the self-score needs no reason");
        assertEquals("Chậm", review.review(sheet, leaves.get("1.1"), new BigDecimal("25"), "Chậm", "l", NOW).orElseThrow().reason());
        assertEquals("review.error.notReviewed", assertThrows(RuleViolation.class, () -> review.finalise(sheet, leaves,
                Map.of("2.1", BigDecimal.TEN), bands, 3, "I", "s", NOW)).getKey());
        review.completeReview(leaves.values().stream().filter(c -> c.getTargetCode() == null).toList(), "l", NOW);
        assertEquals("review.done.reviewed", assertThrows(vn.thidua.shared.AlreadyDone.class, () -> review.completeReview(
                leaves.values().stream().filter(c -> c.getTargetCode() == null).toList(), "l", NOW)).getKey());
        assertEquals(new BigDecimal("4"), review.find("5.1").orElseThrow().getReviewedPoints(), "unreviewed criteria keep the self-score");

        RuleViolation waiting = assertThrows(RuleViolation.class, () -> review.finalise(sheet, leaves, Map.of(), bands, 3, "I", "s", NOW));
        assertEquals("review.error.waitingForResults", waiting.getKey());
        assertEquals(ReviewStatus.REVIEWED, review.getStatus(), "nothing changed");

        review.finalise(sheet, leaves, Map.of("2.1", new BigDecimal("33.75")), bands, 3, "I", "s", NOW);
        // 25 + 0 + 33.75 + min(4, 5)
        assertEquals(0, new BigDecimal("62.75").compareTo(review.getFinalTotal()));
        assertEquals("HT", review.getFinalLevelCode());
        assertEquals(0, new BigDecimal("25").compareTo(review.getTieBreakPoints()));
        assertEquals(3, review.getTargetsMet());
        assertEquals(new BigDecimal("33.75"), review.find("2.1").orElseThrow().getFinalPoints());

        // a finalised sheet never changes
        assertThrows(RuleViolation.class, () -> review.review(sheet, leaves.get("1.1"), BigDecimal.ONE, "x", "l", NOW));
        assertThrows(RuleViolation.class, () -> review.selfScore(sheet, leaves.get("1.1"), BigDecimal.ONE, null, "u", NOW));
        assertThrows(RuleViolation.class, () -> review.completeReview(List.of(), "l", NOW));
        assertEquals("review.done.finalised", assertThrows(vn.thidua.shared.AlreadyDone.class, () -> review.finalise(sheet, leaves,
                Map.of("2.1", BigDecimal.ONE), bands, 3, null, "s", NOW)).getKey(), "a second finalise changes nothing and says so");
        assertEquals("review.error.reasonRequired", assertThrows(RuleViolation.class, () -> review.reopen(" ", "s", NOW)).getKey());

        ReviewSheet.Change reopened = review.reopen("Bổ sung minh chứng", "s", NOW);
        assertEquals("Bổ sung minh chứng", reopened.reason());
        assertEquals(ReviewStatus.SUBMITTED, review.getStatus());
        assertNull(review.getFinalTotal());
        assertNull(review.find("2.1").orElseThrow().getFinalPoints());
    }
}
