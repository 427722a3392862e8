package vn.thidua.campaign;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReviewStageTest {

    @Test
    void noSheetIsNotStartedAndAMemberWithoutASheetIsStillSelfScoring() {
        assertEquals(ReviewStage.NOT_STARTED, ReviewStage.of(5, Map.of()));
        assertEquals(ReviewStage.SELF_SCORING, ReviewStage.of(5, Map.of("SELF_SCORING", 1)));
        assertEquals(ReviewStage.SELF_SCORING, ReviewStage.of(5, Map.of("SUBMITTED", 4)), "one member has no sheet yet");
        assertEquals(ReviewStage.SELF_SCORING, ReviewStage.of(3, Map.of("SELF_SCORING", 1, "REVIEWED", 2)));
    }

    @Test
    void allSubmittedIsReviewingUntilEveryoneIsReviewedThenFinalisingUntilAllAreFinalised() {
        assertEquals(ReviewStage.REVIEWING, ReviewStage.of(3, Map.of("SUBMITTED", 1, "REVIEWED", 2)));
        assertEquals(ReviewStage.FINALISING, ReviewStage.of(3, Map.of("REVIEWED", 3)));
        assertEquals(ReviewStage.FINALISING, ReviewStage.of(3, Map.of("REVIEWED", 1, "FINALISED", 2)));
        assertEquals(ReviewStage.FINALISED, ReviewStage.of(3, Map.of("FINALISED", 3)));
        assertEquals(ReviewStage.SELF_SCORING, ReviewStage.of(4, Map.of("FINALISED", 3)), "a member joined late has no sheet");
    }
}
