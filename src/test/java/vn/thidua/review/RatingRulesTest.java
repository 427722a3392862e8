package vn.thidua.review;

import org.junit.jupiter.api.Test;
import vn.thidua.pledge.TargetKind;
import vn.thidua.shared.RuleViolation;
import vn.thidua.tally.Status;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bands, ranking with its tie-break, linked criteria and the meeting's vote: the review's arithmetic. */
class RatingRulesTest {

    private static final List<String> SCALE = List.of("HTXS", "HTT", "HT", "KHT");

    @Test
    void defaultBandsAreTheFrontsAndCompareExactly() {
        RatingBands bands = RatingBands.of(RatingBands.defaults(SCALE));
        assertEquals("HTXS", bands.levelFor(new BigDecimal("90")));
        assertEquals("HTT", bands.levelFor(new BigDecimal("89.99")));
        assertEquals("HTT", bands.levelFor(new BigDecimal("70")));
        assertEquals("HT", bands.levelFor(new BigDecimal("69.99")));
        assertEquals("HT", bands.levelFor(new BigDecimal("50.00")));
        assertEquals("KHT", bands.levelFor(new BigDecimal("49.99")));
        assertEquals("KHT", bands.levelFor(BigDecimal.ZERO));
    }

    @Test
    void bandsMustRiseWithTheLevelAndStartAtZero() {
        assertEquals("review.bands.error.order", assertThrows(RuleViolation.class, () -> RatingBands.of(List.of(
                new RatingBands.Band("HTXS", 1, new BigDecimal("80")), new RatingBands.Band("HTT", 2, new BigDecimal("80")),
                new RatingBands.Band("HT", 3, BigDecimal.ZERO)))).getKey());
        assertEquals("review.bands.error.lowest", assertThrows(RuleViolation.class, () -> RatingBands.of(List.of(
                new RatingBands.Band("HTXS", 1, new BigDecimal("80")), new RatingBands.Band("HT", 2, new BigDecimal("10"))))).getKey());
        assertEquals("review.bands.error.value", assertThrows(RuleViolation.class, () -> RatingBands.of(List.of(
                new RatingBands.Band("HTXS", 1, null), new RatingBands.Band("HT", 2, BigDecimal.ZERO)))).getKey());
        RatingBands custom = RatingBands.of(List.of(new RatingBands.Band("HT", 3, BigDecimal.ZERO),
                new RatingBands.Band("HTXS", 1, new BigDecimal("95")), new RatingBands.Band("HTT", 2, new BigDecimal("75"))));
        assertEquals("HTT", custom.levelFor(new BigDecimal("94.5")));
        assertEquals(List.of("HTXS", "HTT", "HT", "X"), RatingBands.defaults(List.of("HTXS", "HTT", "HT", "X")).stream().map(RatingBands.Band::levelCode).toList());
        assertEquals(List.of(50, 0), RatingBands.defaults(List.of("A", "B")).stream().map(b -> b.minPoints().intValue()).toList());
    }

    private static Ranking.Entry e(long id, String name, String total, int met, String area) {
        return new Ranking.Entry(id, name, total == null ? null : new BigDecimal(total), met, area == null ? null : new BigDecimal(area));
    }

    @Test
    void rankingBreaksTiesByTargetsMetThenAreaThenSharesTheRank() {
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(
                e(1, "Vân Khánh", "90", 3, "25"),
                e(2, "Đông Hưng", "95.5", 2, "20"),
                e(3, "Vân Khánh Tây", "90.00", 4, "20"),
                e(4, "Đông Hưng A", "90", 3, "28"),
                e(5, "Đông Hưng B", "80", 3, "28"),
                e(6, "An Minh Bắc", "80", 3, "28"),
                e(7, "Chưa chấm", null, 4, null)));
        assertEquals(List.of(2L, 3L, 4L, 1L, 6L, 5L, 7L), ranked.stream().map(r -> r.entry().unitId()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 5, 0), ranked.stream().map(Ranking.Ranked::rank).toList());
        assertEquals(List.of(false, false, false, false, true, true, false), ranked.stream().map(Ranking.Ranked::tied).toList());
    }

    @Test
    void linkedCriteriaScoreFromTheTally() {
        BigDecimal ten = BigDecimal.TEN;
        assertEquals(Optional.of(ten), LinkedScore.points(LinkMode.ALL_OR_NOTHING, ten, TargetKind.RATED_SHARE, Status.MET, null, null, null));
        assertEquals(Optional.of(ten), LinkedScore.points(LinkMode.PROPORTIONAL, ten, TargetKind.RATED_SHARE, Status.NOT_APPLICABLE, null, null, null));
        assertEquals(Optional.empty(), LinkedScore.points(LinkMode.PROPORTIONAL, ten, TargetKind.RATED_SHARE, Status.INCOMPLETE,
                BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("80")));
        assertEquals(0, BigDecimal.ZERO.compareTo(LinkedScore.points(LinkMode.ALL_OR_NOTHING, ten, TargetKind.RATED_SHARE,
                Status.NOT_MET, new BigDecimal("7"), ten, new BigDecimal("80")).orElseThrow()));
        // 7 of 10 good against 80 %: 70 / 80 of 10 points = 8.75
        assertEquals(new BigDecimal("8.75"), LinkedScore.points(LinkMode.PROPORTIONAL, ten, TargetKind.RATED_SHARE,
                Status.NOT_MET, new BigDecimal("7"), ten, new BigDecimal("80")).orElseThrow());
        // 2 of 3 against 80 %: 66.66.. / 80 × 10 = 8.333.. cut to 8.33, never rounded up
        assertEquals(new BigDecimal("8.33"), LinkedScore.points(LinkMode.PROPORTIONAL, ten, TargetKind.RATED_SHARE,
                Status.NOT_MET, new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("80")).orElseThrow());
        // 45.5 M of a 50 M quota, 15 points: 13.65
        assertEquals(new BigDecimal("13.65"), LinkedScore.points(LinkMode.PROPORTIONAL, new BigDecimal("15"), TargetKind.QUANTITY,
                Status.NOT_MET, new BigDecimal("45500000"), new BigDecimal("50000000"), new BigDecimal("50000000")).orElseThrow());
        // no proportion for "at most n" or done
        assertEquals(0, BigDecimal.ZERO.compareTo(LinkedScore.points(LinkMode.PROPORTIONAL, ten, TargetKind.RATED_COUNT_AT_MOST,
                Status.NOT_MET, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO).orElseThrow()));
    }

    @Test
    void theMeetingHonoursTheUnitWithMostVotesAloneAndAMajority() {
        Map<Long, Integer> votes = new LinkedHashMap<>();
        votes.put(1L, 10);
        votes.put(2L, 8);
        assertEquals(Optional.of(1L), Ballots.winner(18, votes));
        assertEquals(Optional.empty(), Ballots.winner(20, votes)); // 10 of 20 is not more than half
        votes.put(2L, 10);
        assertEquals(Optional.empty(), Ballots.winner(20, votes)); // a tie honours nobody
        assertEquals(Optional.empty(), Ballots.winner(0, Map.of()));
        Ballots.check(20, 20, votes);
        assertEquals("review.meeting.error.voteSum", assertThrows(RuleViolation.class, () -> Ballots.check(20, 19, votes)).getKey());
        assertEquals("review.meeting.error.voters", assertThrows(RuleViolation.class, () -> Ballots.check(10, 11, Map.of())).getKey());
        assertEquals("review.meeting.error.attendees", assertThrows(RuleViolation.class, () -> Ballots.check(0, 0, Map.of())).getKey());
        assertEquals("review.meeting.error.votes", assertThrows(RuleViolation.class, () -> Ballots.check(5, 5, Map.of(1L, -1))).getKey());
    }

    @Test
    void eligibilityReportsEveryUnmetConditionAtOnce() {
        Map<String, Integer> ranks = Map.of("HTXS", 1, "HTT", 2, "HT", 3, "KHT", 4);
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("ban-cong-tac-tot", "met");
        targets.put("quy", "not_met");
        targets.put("khong-yeu-kem", "incomplete");
        targets.put("na", "not_applicable");
        Eligibility.Rule flag = new Eligibility.Rule(true, "HTXS", "*", 1, true);
        List<String> keys = Eligibility.reasons(flag, new Eligibility.Facts(false, false, "HTT", ranks, targets, false, 1))
                .stream().map(RuleViolation::getKey).toList();
        assertEquals(List.of("review.proposal.error.notFinalised", "review.proposal.error.notRegistered",
                "review.proposal.error.rating", "review.proposal.error.targets", "review.proposal.error.vote",
                "review.proposal.error.limit"), keys);
        RuleViolation unmet = Eligibility.reasons(flag, new Eligibility.Facts(true, true, "HTXS", ranks, targets, true, 0)).get(0);
        assertEquals(List.of("quy, khong-yeu-kem"), unmet.getArgs());
        targets.put("quy", "met");
        targets.put("khong-yeu-kem", "met");
        assertTrue(Eligibility.reasons(flag, new Eligibility.Facts(true, true, "HTXS", ranks, targets, true, 0)).isEmpty());
        Eligibility.Rule giayKhen = new Eligibility.Rule(false, "HTT", "quy", null, false);
        assertTrue(Eligibility.reasons(giayKhen, new Eligibility.Facts(true, false, "HTT", ranks, targets, false, 7)).isEmpty());
        assertFalse(Eligibility.reasons(giayKhen, new Eligibility.Facts(true, false, "HT", ranks, targets, false, 0)).isEmpty());
    }
}
