package vn.thidua.campaign;

import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.ScopeFixture;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared read rule: heading, whole campaign, one cluster, one unit's records (docs/security.md). */
class CampaignAccessTest {

    private final ScopeFixture f = new ScopeFixture();
    private final String organiser = f.district.getPath();

    @Test
    void theOrganisersStaffAndViewersAndThoseAboveReadTheWholeCampaign() {
        assertTrue(CampaignAccess.canReadAll(f.admin, organiser));
        assertTrue(CampaignAccess.canReadAll(f.staff, organiser));
        assertTrue(CampaignAccess.canReadAll(f.viewer, organiser));
        assertTrue(CampaignAccess.canReadAll(f.provinceViewer, organiser));
    }

    @Test
    void beingBelowTheOrganiserNeverOpensTheWholeCampaign() {
        // the reported hole: any non-chair account of a commune read every cluster of the campaign
        assertFalse(CampaignAccess.canReadAll(f.memberViewer2, organiser));
        assertFalse(CampaignAccess.canReadAll(f.memberChair2, organiser));
        assertFalse(CampaignAccess.canReadAll(f.leaderChair1, organiser));
        assertTrue(CampaignAccess.canSee(f.memberViewer2, organiser), "the heading is announced to the units it concerns");
        assertTrue(CampaignAccess.canSee(f.memberChair2, organiser));
    }

    @Test
    void anotherDistrictSeesNothingOfIt() {
        assertFalse(CampaignAccess.canSee(f.otherStaff, organiser));
        assertFalse(CampaignAccess.canSee(f.otherViewer, organiser));
        assertFalse(CampaignAccess.canReadAll(f.otherStaff, organiser));
        assertFalse(CampaignAccess.canSee(f.noUnit, organiser));
        assertFalse(CampaignAccess.canReadCluster(f.noUnit, organiser, List.of(f.thuanHoa.getPath())));
    }

    @Test
    void aClusterIsReadOverOneOfItsMembers() {
        List<String> cluster2 = List.of(f.dongThanh.getPath(), f.dongHoa.getPath(), f.thuanHoa.getPath());
        assertTrue(CampaignAccess.canReadCluster(f.memberViewer2, organiser, cluster2));
        assertTrue(CampaignAccess.canReadCluster(f.memberChair2, organiser, cluster2));
        assertFalse(CampaignAccess.canReadCluster(f.leaderChair1, organiser, cluster2));
        assertFalse(CampaignAccess.canReadCluster(f.otherStaff, organiser, cluster2));
        assertTrue(CampaignAccess.canReadCluster(f.viewer, organiser, List.of()), "whole-campaign readers, even an empty cluster");
    }

    @Test
    void aUnitsRecordsAreReadOverTheUnit() {
        assertTrue(CampaignAccess.canReadUnit(f.memberViewer2, organiser, f.thuanHoa.getPath()));
        assertFalse(CampaignAccess.canReadUnit(f.memberViewer2, organiser, f.dongHoa.getPath()), "a neighbour in the same cluster");
        assertTrue(CampaignAccess.canReadUnit(f.staff, organiser, f.dongHoa.getPath()));
        assertFalse(CampaignAccess.canReadUnit(f.otherStaff, organiser, f.dongHoa.getPath()));
    }

    @Test
    void onlyStaffOverTheOrganiserManage() {
        assertTrue(CampaignAccess.canManage(f.staff, organiser));
        assertTrue(CampaignAccess.canManage(f.admin, organiser));
        assertFalse(CampaignAccess.canManage(f.viewer, organiser));
        assertFalse(CampaignAccess.canManage(f.otherStaff, organiser));
        assertFalse(CampaignAccess.canManage(f.leaderChair2, organiser));
    }
}
