package vn.thidua.tally;

import vn.thidua.pledge.TargetKind;
import vn.thidua.pledge.TargetSpec;
import vn.thidua.pledge.TargetSubject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Small evaluated clusters for the tests of other packages (the view's fields are the tally package's own). */
public final class TallyFixtures {

    private static final Map<String, Integer> RANKS = Map.of("HTXS", 1, "HTT", 2, "HT", 3, "KHT", 4);

    private TallyFixtures() {
    }

    /** A "share of hamlet committees rated at least level" target; base: the code of the target it is "of which". */
    static TargetSpec share(String code, String name, String level, String percent, boolean each, boolean cluster, String base) {
        TargetSpec t = new TargetSpec();
        t.setCode(code);
        t.setName(name);
        t.setKind(TargetKind.RATED_SHARE);
        t.setSubject(TargetSubject.CHILD_UNITS);
        t.setChildCategory("HAMLET");
        t.setLevelCode(level);
        t.setThreshold(new BigDecimal(percent));
        t.setEachMember(each);
        t.setClusterWide(cluster);
        t.setBaseCode(base);
        return t;
    }

    /**
     * Cluster 7 "Cụm <1>": Xã A (id 1, 8 of 10 hamlets good, last year "not_met"), Xã B & C (id 2, one of five not
     * rated); "tot" (≥ 80 %, each member and cluster-wide) and "xuat-sac" (≥ 30 %, each member only).
     */
    public static TallyView.ClusterTally cluster() {
        MemberFacts a = new MemberFacts(1, "A", "Xã A").children("HAMLET", ChildRatings.of(10, 4, 4, 1, 1));
        MemberFacts b = new MemberFacts(2, "B", "Xã B & C").children("HAMLET", ChildRatings.of(5, 1, 2, 1, 0));
        TallyView.ClusterTally c = TallyQueries.evaluate(7, "Cụm <1>", List.of(a, b),
                List.of(share("tot", "Tốt \"80\"", "HTT", "80", true, true, null),
                        share("xuat-sac", "Xuất sắc", "HTXS", "30", true, false, null)),
                RANKS);
        c.units.get(0).cells.get(0).previous = "not_met";
        return c;
    }
}
