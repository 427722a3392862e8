package vn.thidua.award;

import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.ScopeFixture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AwardAccessTest {

    private final ScopeFixture f = new ScopeFixture();

    @Test
    void onlyTheAdministratorEditsTheSharedCatalogue() {
        assertTrue(AwardAccess.canCurate(f.admin));
        assertFalse(AwardAccess.canCurate(f.staff), "a district's staff would change every organiser's conditions");
        assertFalse(AwardAccess.canCurate(f.otherStaff));
        assertFalse(AwardAccess.canCurate(f.viewer));
        assertFalse(AwardAccess.canCurate(f.leaderChair1));
    }
}
