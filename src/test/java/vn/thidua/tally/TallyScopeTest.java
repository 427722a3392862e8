package vn.thidua.tally;

import org.junit.jupiter.api.Test;
import vn.thidua.pledge.TargetKind;
import vn.thidua.pledge.TargetSpec;
import vn.thidua.pledge.TargetSubject;
import vn.thidua.security.Actor;
import vn.thidua.security.Role;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A kept cluster is scope-free: each reader's scope is applied to a copy, exactly as it was applied to a fresh
 * computation; and last year's statuses of one cluster's units are the same whether read from the whole of last year's
 * campaign or only from last year's clusters of those units.
 */
class TallyScopeTest {

    private static final Map<String, Integer> RANKS = Map.of("HTXS", 1, "HTT", 2, "HT", 3, "KHT", 4);

    private static TargetSpec good() {
        TargetSpec t = new TargetSpec();
        t.setCode("tot");
        t.setName("tot");
        t.setKind(TargetKind.RATED_SHARE);
        t.setSubject(TargetSubject.CHILD_UNITS);
        t.setChildCategory("HAMLET");
        t.setLevelCode("HTT");
        t.setThreshold(new BigDecimal("80"));
        t.setEachMember(true);
        t.setClusterWide(true);
        return t;
    }

    /** Cluster 7: units 1 (the leader), 2 and 3. */
    private static ClusterSnapshot snapshot() {
        return snapshot(7, 1, 1, 2, 3, 4, 2, 1);
    }

    private static ClusterSnapshot snapshot(long id, long leader, long... unitsAndGood) {
        List<MemberFacts> members = new java.util.ArrayList<>();
        for (int i = 0; i < unitsAndGood.length / 2; i++) {
            long unit = unitsAndGood[i];
            int good = (int) unitsAndGood[unitsAndGood.length / 2 + i];
            members.add(new MemberFacts(unit, "U" + unit, "Xã " + unit).children("HAMLET", ChildRatings.of(5, 0, good, 5 - good, 0)));
        }
        return new ClusterSnapshot(TallyQueries.evaluate(id, "Cụm " + id, members, List.of(good()), RANKS), leader);
    }

    private static Actor chair(long unit) {
        return new Actor(10 + unit, "chair" + unit, Role.CHAIR, unit, "/VN/" + unit + "/");
    }

    private static List<Long> units(Optional<TallyView.ClusterTally> tally) {
        return tally.orElseThrow().getUnits().stream().map(TallyView.UnitRow::getUnitId).toList();
    }

    @Test
    void staffAndViewersSeeEveryUnit() {
        assertEquals(List.of(1L, 2L, 3L), units(TallyQueries.scoped(new Actor(1, "staff", Role.STAFF, 100L, "/VN/"), null, snapshot())));
        assertEquals(List.of(1L, 2L, 3L), units(TallyQueries.scoped(new Actor(2, "viewer", Role.VIEWER, 100L, "/VN/"), null, snapshot())));
        assertEquals(List.of(1L, 2L, 3L), units(TallyQueries.scoped(Actor.system(), null, snapshot())));
    }

    @Test
    void theLeadersChairSeesTheWholeCluster() {
        assertEquals(List.of(1L, 2L, 3L), units(TallyQueries.scoped(chair(1), Set.of(1L), snapshot())));
    }

    @Test
    void aMembersChairSeesTheirOwnRowAndTheClusterFigures() {
        Optional<TallyView.ClusterTally> seen = TallyQueries.scoped(chair(2), Set.of(2L), snapshot());
        assertEquals(List.of(2L), units(seen));
        assertEquals(1, seen.get().getCluster().size(), "the cluster-wide cell stays");
        assertEquals(3, seen.get().getTargets().get(0).getUnitsEvaluated(), "so do the counts over every member");
    }

    @Test
    void anyOtherChairSeesNothingAndAChairWithoutUnitNeither() {
        assertTrue(TallyQueries.scoped(chair(9), Set.of(9L), snapshot()).isEmpty());
        assertTrue(TallyQueries.scoped(new Actor(5, "nobody", Role.CHAIR, null, null), Set.of(), snapshot()).isEmpty());
    }

    @Test
    void readersGetCopiesThatLeaveTheKeptClusterAsItWas() {
        ClusterSnapshot kept = snapshot();
        TallyView.ClusterTally mine = TallyQueries.scoped(chair(2), Set.of(2L), kept).orElseThrow();
        mine.getUnits().get(0).getCells().get(0).previous = "met";
        assertEquals(3, kept.tally().getUnits().size(), "narrowing a copy does not narrow the kept one");
        assertNull(kept.tally().getUnits().get(1).getCells().get(0).getPrevious(), "nor does annotating it");
        TallyView.ClusterTally again = TallyQueries.scoped(chair(1), Set.of(1L), kept).orElseThrow();
        assertNotSame(kept.tally().getUnits().get(0).getCells().get(0), again.getUnits().get(0).getCells().get(0));
        assertEquals(kept.tally().getUnits().get(0).getCells().get(0).getStatus(), again.getUnits().get(0).getCells().get(0).getStatus());
    }

    private static TallyView view(String year, ClusterSnapshot... clusters) {
        TallyView view = new TallyView();
        view.campaignYear = year;
        for (ClusterSnapshot c : clusters) {
            view.clusters.add(c.tally().copy());
        }
        return view;
    }

    @Test
    void lastYearOfOneClusterIsTheSameFromItsUnitsClustersAsFromTheWholeCampaign() {
        // last year: unit 2 was in cluster 70 with 5, unit 3 in cluster 71; cluster 72 held none of this year's units
        ClusterSnapshot c70 = snapshot(70, 2, 2, 5, 5, 1);
        ClusterSnapshot c71 = snapshot(71, 3, 3, 6, 1, 5);
        ClusterSnapshot c72 = snapshot(72, 8, 8, 9, 5, 5);
        TallyView whole = view("2024", c70, c71, c72);
        TallyView narrowed = view("2024", c70, c71);

        TallyView fromWhole = view("2025", snapshot());
        TallyQueries.annotatePrevious(fromWhole, whole);
        TallyView fromNarrowed = view("2025", snapshot());
        TallyQueries.annotatePrevious(fromNarrowed, narrowed);

        assertEquals("2024", fromNarrowed.getPreviousYear());
        List<String> expected = fromWhole.getClusters().get(0).getUnits().stream().map(u -> u.getCells().get(0).getPrevious()).toList();
        assertEquals(expected, fromNarrowed.getClusters().get(0).getUnits().stream().map(u -> u.getCells().get(0).getPrevious()).toList());
        assertEquals(java.util.Arrays.asList(null, "met", "not_met"), expected, "unit 1 was in no cluster last year");
    }
}
