package vn.thidua.tally;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TargetOutcomeTest {

    @Test
    void aClusterLackingOneRatingIsIncompleteOnBothTargetsNeverMetOnAGuess() {
        TallyView.ClusterTally c = TallyFixtures.cluster();
        // "tot": Xã A meets it (8/10), Xã B & C lacks a rating that could still bring it to 80 %, and so does the cluster
        assertEquals(Status.INCOMPLETE, TargetOutcome.of(c, 0));
        // "xuat-sac" (each member only): Xã A 4/10 meets 30 %, Xã B & C 1/5 with one missing may still reach it
        assertEquals(Status.INCOMPLETE, TargetOutcome.of(c, 1));
        TargetOutcome.Counts counts = TargetOutcome.of(c);
        assertEquals(0, counts.getMet());
        assertEquals(2, counts.getIncomplete());
        assertEquals(2, counts.getTotal());
    }

    @Test
    void oneMemberNotMeetingAnEachMemberTargetMakesItNotMetWhateverTheOthers() {
        TallyView.ClusterTally c = TallyFixtures.cluster();
        c.units.get(1).cells.get(1).status = "not_met";
        assertEquals(Status.NOT_MET, TargetOutcome.of(c, 1));
        c.units.get(1).cells.get(1).status = "met";
        assertEquals(Status.MET, TargetOutcome.of(c, 1), "every member meets it");
    }

    @Test
    void aTargetBothClusterWideAndForEachMemberTakesTheWorseOfTheTwo() {
        TallyView.ClusterTally c = TallyFixtures.cluster();
        c.units.get(1).cells.get(0).status = "met";
        c.cluster.get(0).status = "not_met";
        assertEquals(Status.NOT_MET, TargetOutcome.of(c, 0), "members all meet it, the cluster as a whole does not");
        c.cluster.get(0).status = "met";
        assertEquals(Status.MET, TargetOutcome.of(c, 0));
    }

    @Test
    void theWholeCampaignAddsClustersUpAndPivotsByTarget() {
        TallyView.ClusterTally one = TallyFixtures.cluster();
        TallyView.ClusterTally two = TallyFixtures.cluster();
        two.units.forEach(u -> u.cells.forEach(cell -> cell.status = "met"));
        two.cluster.forEach(cell -> cell.status = "met");
        TallyView.ClusterTally unpledged = new TallyView.ClusterTally();
        TargetOutcome.Counts total = TargetOutcome.total(List.of(one, two, unpledged));
        assertEquals(2, total.getMet());
        assertEquals(2, total.getIncomplete());
        assertEquals(0, total.getNotMet());
        List<TargetOutcome.TargetLine> lines = TargetOutcome.byTarget(List.of(one, two, unpledged));
        assertEquals(List.of("Tốt \"80\"", "Xuất sắc"), lines.stream().map(TargetOutcome.TargetLine::getName).toList());
        assertEquals(1, lines.get(0).getCounts().getMet());
        assertEquals(1, lines.get(0).getCounts().getIncomplete());
    }
}
