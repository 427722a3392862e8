package vn.thidua.cluster;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.RuleViolation;
import vn.thidua.testsupport.ScopeFixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterAccessTest {

    private final ScopeFixture f = new ScopeFixture();

    @Test
    void readersOfTheWholeCampaignAndOfAMember() {
        assertTrue(ClusterAccess.canRead(f.staff, f.cluster1));
        assertTrue(ClusterAccess.canRead(f.viewer, f.cluster2));
        assertTrue(ClusterAccess.canRead(f.leaderChair1, f.cluster1));
        assertTrue(ClusterAccess.canRead(f.memberViewer2, f.cluster2));
        assertFalse(ClusterAccess.canRead(f.memberViewer2, f.cluster1), "a commune's viewer reads its own cluster only");
        assertFalse(ClusterAccess.canRead(f.memberChair2, f.cluster1));
        assertFalse(ClusterAccess.canRead(f.otherStaff, f.cluster1));
    }

    @Test
    void onlyTheOrganisersStaffManage() {
        assertTrue(ClusterAccess.canManage(f.staff, f.cluster1));
        assertFalse(ClusterAccess.canManage(f.leaderChair1, f.cluster1));
        assertFalse(ClusterAccess.canManage(f.otherStaff, f.cluster1));
    }

    @Test
    void aHamletCannotBeRegistered() {
        assertEquals("cluster.error.hamlet",
                assertThrows(RuleViolation.class, () -> f.cluster2.register(f.thuanHoaHamlet)).getKey());
        assertFalse(f.cluster2.isMember(f.thuanHoaHamlet));
    }
}
