package vn.thidua.dashboard;

import org.junit.jupiter.api.Test;
import vn.thidua.campaign.ClusterProgress;
import vn.thidua.campaign.ReviewStage;
import vn.thidua.notification.Deadline;
import vn.thidua.notification.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatenessTest {

    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2022, 5, 10);

    private static Deadline due(Long cluster, Step step, LocalDate on) {
        return new Deadline(1, cluster, step, on, START, "canbo", Instant.EPOCH);
    }

    private static ClusterProgress progress(String pledge, int signed, int signers, int members, int submitted, int accepted,
                                            ReviewStage stage) {
        return new ClusterProgress(7, pledge, signed, signers, members, submitted, accepted, 0, stage, List.of());
    }

    @Test
    void signaturesMissingPastTheDeadlineAreLateWithTheirDateAndDays() {
        List<LateStep> late = Lateness.of(progress("FINAL", 5, 10, 5, 0, 0, ReviewStage.NOT_STARTED),
                List.of(due(null, Step.SIGNING, LocalDate.of(2022, 5, 1))), TODAY);
        assertEquals(1, late.size());
        assertEquals(Step.SIGNING, late.get(0).getStep());
        assertEquals(LocalDate.of(2022, 5, 1), late.get(0).getDueOn());
        assertEquals(9, late.get(0).getDaysLate());
    }

    @Test
    void nothingIsLateOnItsDeadlineDayNorWhenDoneNorWithoutADeadline() {
        ClusterProgress signing = progress("FINAL", 5, 10, 5, 0, 0, ReviewStage.NOT_STARTED);
        assertTrue(Lateness.of(signing, List.of(due(null, Step.SIGNING, TODAY)), TODAY).isEmpty(), "the day itself is on time");
        assertTrue(Lateness.of(signing, List.of(), TODAY).isEmpty(), "no deadline, nothing is due");
        ClusterProgress signed = progress("SIGNED", 10, 10, 5, 5, 0, ReviewStage.FINALISED);
        assertTrue(Lateness.of(signed, List.of(due(null, Step.SIGNING, START), due(null, Step.RESULTS, START),
                due(null, Step.SELF_SCORING, START), due(null, Step.REVIEW, START)), TODAY).isEmpty());
    }

    @Test
    void aPledgeStillInDraftPastTheSigningDeadlineIsLate() {
        List<LateStep> late = Lateness.of(progress("DRAFT", 0, 0, 5, 0, 0, ReviewStage.NOT_STARTED),
                List.of(due(null, Step.SIGNING, LocalDate.of(2022, 3, 1))), TODAY);
        assertEquals(List.of(Step.SIGNING), late.stream().map(LateStep::getStep).toList());
    }

    @Test
    void theClustersOwnDeadlineWinsAndEachUnfinishedStepCounts() {
        ClusterProgress p = progress("SIGNED", 10, 10, 5, 3, 1, ReviewStage.SELF_SCORING);
        List<Deadline> deadlines = List.of(due(null, Step.RESULTS, LocalDate.of(2022, 4, 1)), due(7L, Step.RESULTS, LocalDate.of(2022, 6, 1)),
                due(null, Step.SELF_SCORING, LocalDate.of(2022, 5, 5)), due(null, Step.REVIEW, LocalDate.of(2022, 5, 8)));
        List<LateStep> late = Lateness.of(p, deadlines, TODAY);
        assertEquals(List.of(Step.SELF_SCORING, Step.REVIEW), late.stream().map(LateStep::getStep).toList(),
                "results: the cluster's own later deadline has not passed; 4 of 5 reports in");
    }
}
