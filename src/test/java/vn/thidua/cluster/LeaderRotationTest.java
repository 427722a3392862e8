package vn.thidua.cluster;

import org.junit.jupiter.api.Test;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LeaderRotationTest {

    private final UnitType xa;
    private final Unit a;
    private final Unit b;
    private final Unit c;

    LeaderRotationTest() throws Exception {
        xa = ClusterTest.type("Xã");
        Unit district = new Unit("909", "An Minh", ClusterTest.type("Huyện"), null, null);
        a = new Unit("31018", "A", xa, district, null);
        b = new Unit("31021", "B", xa, district, null);
        c = new Unit("31024", "C", xa, district, null);
    }

    @Test
    void electedSuccessorsComeFirst() {
        LeaderRotation.Proposal p = LeaderRotation.propose(List.of(a, b, c), a, b, c, a);
        assertEquals(c, p.leader());
        assertEquals(a, p.deputy());
    }

    @Test
    void otherwiseTheDeputyTakesOver() {
        LeaderRotation.Proposal p = LeaderRotation.propose(List.of(a, b, c), a, c, null, null);
        assertEquals(c, p.leader());
        assertEquals(a, p.deputy(), "next in code order after the new leader, wrapping round");
    }

    @Test
    void withoutADeputyTheNextByCodeWrappingRound() {
        assertEquals(b, LeaderRotation.propose(List.of(c, a, b), a, null, null, null).leader());
        assertEquals(a, LeaderRotation.propose(List.of(c, a, b), c, null, null, null).leader());
    }

    @Test
    void aSingleMemberLeadsAloneAndNoMembersLeadsNobody() {
        LeaderRotation.Proposal alone = LeaderRotation.propose(List.of(a), a, null, null, null);
        assertEquals(a, alone.leader());
        assertNull(alone.deputy());
        assertNull(LeaderRotation.propose(List.of(), a, null, null, null).leader());
    }
}
