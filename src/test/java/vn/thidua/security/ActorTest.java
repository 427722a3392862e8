package vn.thidua.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Role and scope: the checks every service makes. */
class ActorTest {

    private final Actor admin = new Actor(1, "quantri", Role.ADMIN, null, "/");
    private final Actor staff = new Actor(2, "canbo", Role.STAFF, 2L, "/91/909/");
    private final Actor chair = new Actor(3, "thuanhoa", Role.CHAIR, 12L, "/91/909/31021/");
    private final Actor viewer = new Actor(4, "lanhdao", Role.VIEWER, 2L, "/91/909/");

    @Test
    void staffManageTheirSubtreeOnly() {
        assertTrue(staff.canManage("/91/909/31021/"));
        assertTrue(staff.canManage("/91/909/"));
        assertFalse(staff.canManage("/91/"));
        assertFalse(staff.canManage("/91/910/31100/"));
        assertFalse(staff.canManage("/91/9090/"), "a sibling whose code starts the same is outside");
        assertTrue(admin.canManage("/01/"));
    }

    @Test
    void chairsAndViewersManageNothing() {
        assertFalse(chair.canManage("/91/909/31021/"));
        assertFalse(viewer.canManage("/91/909/31021/"));
        assertThrows(AccessDenied.class, () -> viewer.requireManage("/91/909/31021/"));
    }

    @Test
    void aChairReadsAndActsForTheirOwnUnitOnly() {
        assertTrue(chair.canRead("/91/909/31021/"));
        assertTrue(chair.canRead("/91/909/31021/31021-01/"), "their hamlet committees");
        assertFalse(chair.canRead("/91/909/31024/"));
        assertFalse(chair.canRead("/91/909/"));
        assertTrue(chair.canActFor(12L, "/91/909/31021/"));
        assertFalse(chair.canActFor(8L, "/91/909/31024/"));
        assertTrue(viewer.canRead("/91/909/31024/"));
        assertFalse(viewer.canRead("/91/"));
    }
}
