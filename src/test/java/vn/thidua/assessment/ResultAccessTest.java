package vn.thidua.assessment;

import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.ScopeFixture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultAccessTest {

    private final ScopeFixture f = new ScopeFixture();

    private boolean reads(vn.thidua.security.Actor actor, vn.thidua.organisation.Unit unit, vn.thidua.organisation.Unit leader) {
        return ResultAccess.canRead(actor, f.district.getPath(), unit.getPath(), leader.getId());
    }

    @Test
    void aCommunesSheetIsReadByItsOwnAccountsItsLeaderAndTheOrganiser() {
        assertTrue(reads(f.memberChair2, f.thuanHoa, f.dongThanh));
        assertTrue(reads(f.memberViewer2, f.thuanHoa, f.dongThanh));
        assertTrue(reads(f.leaderChair2, f.thuanHoa, f.dongThanh));
        assertTrue(reads(f.staff, f.thuanHoa, f.dongThanh));
        assertTrue(reads(f.provinceViewer, f.thuanHoa, f.dongThanh));
    }

    @Test
    void neighboursAndOtherDistrictsDoNot() {
        assertFalse(reads(f.memberViewer2, f.dongHoa, f.dongThanh), "a viewer of a member reads its own commune only");
        assertFalse(reads(f.memberChair2, f.dongHoa, f.dongThanh));
        assertFalse(reads(f.leaderChair1, f.thuanHoa, f.dongThanh));
        assertFalse(reads(f.otherStaff, f.thuanHoa, f.dongThanh));
        assertFalse(ResultAccess.leads(f.viewer, f.dongThanh.getId()), "only a chair acts as the leader");
    }
}
