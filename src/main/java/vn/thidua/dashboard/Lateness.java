package vn.thidua.dashboard;

import vn.thidua.campaign.ClusterProgress;
import vn.thidua.campaign.ReviewStage;
import vn.thidua.notification.Deadline;
import vn.thidua.notification.Deadlines;
import vn.thidua.notification.Step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which steps of the year a cluster is late on: its deadline (the campaign's, or the cluster's own, as
 * {@link Deadlines#effective} decides) has passed and the step is not done. Done means: signing, the pledge confirmed or
 * every required signature given (a pledge still in draft past the signing deadline is late too); results, every
 * member's report sent in; self-scoring, every member's sheet submitted; review, every sheet finalised. Comments on
 * the draft have no "done" that can be read, so they are never called late. Plain Java, unit-tested.
 */
public final class Lateness {

    private Lateness() {
    }

    public static List<LateStep> of(ClusterProgress p, Collection<Deadline> deadlines, LocalDate today) {
        List<LateStep> late = new ArrayList<>();
        check(late, deadlines, p.getClusterId(), today, Step.SIGNING,
                "SIGNED".equals(p.getPledgeStatus()) || p.isSigning() && p.getSigned() >= p.getSigners());
        check(late, deadlines, p.getClusterId(), today, Step.RESULTS, p.getReportsIn() >= p.getMembers());
        ReviewStage stage = p.getReviewStage();
        check(late, deadlines, p.getClusterId(), today, Step.SELF_SCORING,
                stage != ReviewStage.NOT_STARTED && stage != ReviewStage.SELF_SCORING);
        check(late, deadlines, p.getClusterId(), today, Step.REVIEW, stage == ReviewStage.FINALISED);
        return late;
    }

    private static void check(List<LateStep> late, Collection<Deadline> deadlines, long clusterId, LocalDate today, Step step,
                              boolean done) {
        if (done) {
            return;
        }
        Optional<LocalDate> due = Deadlines.effective(deadlines, step, clusterId);
        due.filter(d -> Deadlines.daysLate(d, today) > 0)
                .ifPresent(d -> late.add(new LateStep(step, d, Deadlines.daysLate(d, today))));
    }
}
