package vn.thidua.tally;

import org.junit.jupiter.api.Test;
import vn.thidua.pledge.TargetSpec;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a cluster's evaluations become the page's and the API's rows and cells, and how filters narrow them. */
class TallyViewAssemblyTest {

    private static final Map<String, Integer> RANKS = Map.of("HTXS", 1, "HTT", 2, "HT", 3, "KHT", 4);

    private static TallyView.ClusterTally cluster() {
        MemberFacts a = new MemberFacts(1, "A", "Xã A").children("HAMLET", ChildRatings.of(10, 4, 4, 1, 1));
        MemberFacts b = new MemberFacts(2, "B", "Xã B").children("HAMLET", ChildRatings.of(5, 1, 2, 1, 0));
        TargetSpec good = TallyFixtures.share("tot", "tot", "HTT", "80", true, true, null);
        TargetSpec excellent = TallyFixtures.share("xuat-sac", "xuat-sac", "HTXS", "30", true, false, "tot");
        return TallyQueries.evaluate(7, "Cụm 1", List.of(a, b), List.of(good, excellent), RANKS);
    }

    @Test
    void eachUnitHasOneCellPerTargetInPledgeOrder() {
        TallyView.ClusterTally c = cluster();
        assertEquals(List.of("tot", "xuat-sac"), c.getTargets().stream().map(TallyView.TargetHead::getCode).toList());
        TallyView.UnitRow a = c.getUnits().get(0);
        assertEquals("met", a.getCells().get(0).getStatus(), "8 of 10 good is exactly 80 %");
        assertEquals("8", a.getCells().get(0).getNumerator());
        assertEquals("10", a.getCells().get(0).getDenominator());
        assertEquals("met", a.getCells().get(1).getStatus(), "4 excellent of the 8 good");
        TallyView.UnitRow b = c.getUnits().get(1);
        assertEquals("incomplete", b.getCells().get(0).getStatus(), "one of B's five is not rated");
        assertEquals(1, b.getCells().get(0).getMissing());
    }

    @Test
    void theClusterRowAppliesOnlyToClusterWideTargetsAndCountsUnitsMetOtherwise() {
        TallyView.ClusterTally c = cluster();
        assertTrue(c.getCluster().get(0).isApplies());
        assertEquals("11", c.getCluster().get(0).getNumerator(), "8 + 3 good committees");
        assertEquals("incomplete", c.getCluster().get(0).getStatus());
        assertFalse(c.getCluster().get(1).isApplies());
        assertEquals(1, c.getTargets().get(1).getUnitsMet());
    }

    @Test
    void filtersNarrowClustersAndTargetsConsistently() {
        TallyView view = new TallyView();
        view.clusters.add(cluster());
        TallyView one = view.filtered(7L, "xuat-sac");
        assertEquals(1, one.getClusters().size());
        assertEquals(1, one.getClusters().get(0).getTargets().size());
        assertEquals("xuat-sac", one.getClusters().get(0).getUnits().get(0).getCells().get(0).getTargetCode());
        assertEquals(0, view.filtered(8L, null).getClusters().size());
        assertEquals(List.of("tot", "xuat-sac"), view.getTargetCodes());
        assertNull(one.getClusters().get(0).getUnits().get(0).getCells().get(0).getPrevious());
    }

    @Test
    void aCellShowsItsPercentOrElseItsCountAndIsToneByStatus() {
        TallyView.ClusterTally c = cluster();
        TallyView.Cell share = c.getUnits().get(0).getCells().get(0);
        assertEquals("met", share.getTone());
        assertEquals(share.getPercent() + " %", share.getShown());
        TallyView.Cell count = new TallyView.Cell();
        count.numerator = "3";
        assertEquals("3", count.getShown(), "no percent: the count");
        assertEquals("none", count.getTone(), "a target that does not apply here");
        assertFalse(c.getCluster().get(1).isApplies());
        assertEquals("none", c.getCluster().get(1).getTone());
    }
}
