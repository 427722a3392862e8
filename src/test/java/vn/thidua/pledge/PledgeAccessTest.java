package vn.thidua.pledge;

import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.ScopeFixture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PledgeAccessTest {

    private final ScopeFixture f = new ScopeFixture();

    @Test
    void readIsTheSharedClusterRule() {
        assertTrue(PledgeAccess.canRead(f.staff, f.cluster2));
        assertTrue(PledgeAccess.canRead(f.viewer, f.cluster2));
        assertTrue(PledgeAccess.canRead(f.memberChair2, f.cluster2));
        assertTrue(PledgeAccess.canRead(f.memberViewer2, f.cluster2));
        assertFalse(PledgeAccess.canRead(f.memberViewer2, f.cluster1), "the scans of another cluster's pledge");
        assertFalse(PledgeAccess.canRead(f.leaderChair1, f.cluster2));
        assertFalse(PledgeAccess.canRead(f.otherStaff, f.cluster2));
    }

    @Test
    void staffManageTheLeadersChairDraftsMembersSign() {
        assertTrue(PledgeAccess.canManage(f.staff, f.cluster2));
        assertFalse(PledgeAccess.canManage(f.viewer, f.cluster2));
        assertFalse(PledgeAccess.canManage(f.otherStaff, f.cluster2));
        assertTrue(PledgeAccess.canDraft(f.leaderChair2, f.cluster2));
        assertTrue(PledgeAccess.canDraft(f.staff, f.cluster2));
        assertFalse(PledgeAccess.canDraft(f.memberChair2, f.cluster2));
        assertFalse(PledgeAccess.canDraft(f.leaderChair1, f.cluster2));
        assertTrue(PledgeAccess.isMemberChair(f.memberViceChair2, f.cluster2));
        assertFalse(PledgeAccess.isMemberChair(f.memberViewer2, f.cluster2), "a viewer never signs");
        assertFalse(PledgeAccess.isMemberChair(f.leaderChair1, f.cluster2));
    }
}
