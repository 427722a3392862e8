package vn.thidua.cluster;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.Campaign;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitType;
import vn.thidua.shared.RuleViolation;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cluster's invariants, without a container: leader and deputy, membership, the organiser's subtree, closing. */
class ClusterTest {

    private Unit district;
    private Unit vanKhanhTay;
    private Unit vanKhanh;
    private Unit dongHung;
    private Unit elsewhere;
    private Campaign campaign;

    static UnitType type(String name) throws Exception {
        Constructor<UnitType> c = UnitType.class.getDeclaredConstructor();
        c.setAccessible(true);
        UnitType t = c.newInstance();
        Field f = UnitType.class.getDeclaredField("name");
        f.setAccessible(true);
        f.set(t, name);
        return t;
    }

    static void setId(Object entity, long id) throws Exception {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
    }

    @BeforeEach
    void setUp() throws Exception {
        UnitType xa = type("Xã");
        Unit province = new Unit("91", "Kiên Giang", type("Tỉnh"), null, null);
        district = new Unit("909", "An Minh", type("Huyện"), province, null);
        vanKhanhTay = new Unit("31048", "Vân Khánh Tây", xa, district, null);
        vanKhanh = new Unit("31042", "Vân Khánh", xa, district, null);
        dongHung = new Unit("31033", "Đông Hưng", xa, district, null);
        Unit otherDistrict = new Unit("910", "U Minh Thượng", type("Huyện"), province, null);
        elsewhere = new Unit("31100", "Thạnh Yên", xa, otherDistrict, null);
        campaign = new Campaign(district, 2022, "Thi đua năm 2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        setId(campaign, 1L);
    }

    @Test
    void theLeaderIsTheFirstMember() {
        Cluster cluster = new Cluster(campaign, "Cụm số 1", vanKhanhTay);
        assertEquals(List.of(vanKhanhTay), cluster.getMemberUnits());
        assertEquals(vanKhanhTay, cluster.getLeader());
        assertNull(cluster.getDeputy());
    }

    @Test
    void deputyMustBeAMemberAndNotTheLeader() {
        Cluster cluster = new Cluster(campaign, "Cụm số 1", vanKhanhTay);
        assertEquals("cluster.error.deputyNotMember",
                assertThrows(RuleViolation.class, () -> cluster.appointDeputy(vanKhanh)).getKey());
        cluster.register(vanKhanh);
        assertEquals("cluster.error.deputyIsLeader",
                assertThrows(RuleViolation.class, () -> cluster.appointDeputy(vanKhanhTay)).getKey());
        cluster.appointDeputy(vanKhanh);
        assertEquals(vanKhanh, cluster.getDeputy());
    }

    @Test
    void leaderAndDeputyCanSwapInOneStep() {
        Cluster cluster = new Cluster(campaign, "Cụm số 1", vanKhanhTay);
        cluster.register(vanKhanh);
        cluster.appointDeputy(vanKhanh);
        cluster.appointLeadership(vanKhanh, vanKhanhTay);
        assertEquals(vanKhanh, cluster.getLeader());
        assertEquals(vanKhanhTay, cluster.getDeputy());
        assertThrows(RuleViolation.class, () -> cluster.appointLeadership(vanKhanh, vanKhanh));
    }

    @Test
    void membersLieInsideTheOrganisersSubtree() {
        Cluster cluster = new Cluster(campaign, "Cụm số 1", vanKhanhTay);
        assertEquals("cluster.error.outsideOrganiser",
                assertThrows(RuleViolation.class, () -> cluster.register(elsewhere)).getKey());
        assertEquals("cluster.error.outsideOrganiser",
                assertThrows(RuleViolation.class, () -> cluster.register(district)).getKey(), "not the organiser itself");
        assertFalse(cluster.isMember(elsewhere));
    }

    @Test
    void aUnitIsRegisteredOnceAndLeaderOrDeputyCannotBeRemoved() {
        Cluster cluster = new Cluster(campaign, "Cụm số 1", vanKhanhTay);
        cluster.register(vanKhanh);
        assertEquals("cluster.error.alreadyInThisCluster",
                assertThrows(RuleViolation.class, () -> cluster.register(vanKhanh)).getKey());
        cluster.appointDeputy(vanKhanh);
        assertEquals("cluster.error.removeLeader", assertThrows(RuleViolation.class, () -> cluster.remove(vanKhanhTay)).getKey());
        assertEquals("cluster.error.removeDeputy", assertThrows(RuleViolation.class, () -> cluster.remove(vanKhanh)).getKey());
        cluster.register(dongHung);
        cluster.remove(dongHung);
        assertFalse(cluster.isMember(dongHung));
    }

    @Test
    void aRetiredUnitCannotJoin() {
        dongHung.retire(LocalDate.of(2021, 7, 1), vanKhanh);
        Cluster cluster = new Cluster(campaign, "Cụm số 1", vanKhanhTay);
        assertEquals("cluster.error.unitRetired", assertThrows(RuleViolation.class, () -> cluster.register(dongHung)).getKey());
    }

    @Test
    void closingTheCampaignFreezesTheCluster() {
        Cluster cluster = new Cluster(campaign, "Cụm số 1", vanKhanhTay);
        campaign.launch();
        cluster.register(vanKhanh);
        campaign.close();
        assertEquals("campaign.error.closed", assertThrows(RuleViolation.class, () -> cluster.register(dongHung)).getKey());
        assertEquals("campaign.error.closed", assertThrows(RuleViolation.class, () -> cluster.remove(vanKhanh)).getKey());
        assertEquals("campaign.error.closed", assertThrows(RuleViolation.class, () -> cluster.appointDeputy(vanKhanh)).getKey());
        assertTrue(cluster.isMember(vanKhanh));
    }

    @Test
    void copyingProposesTheDeputyAsNextLeaderUnconfirmed() throws Exception {
        Cluster cluster = new Cluster(campaign, "Cụm số 1", vanKhanhTay);
        cluster.register(vanKhanh);
        cluster.register(dongHung);
        cluster.appointDeputy(vanKhanh);
        Campaign next = campaign.copyForNextYear();
        setId(next, 2L);
        assertEquals("Thi đua năm 2023", next.getName());
        Cluster copy = cluster.copyInto(next);
        assertEquals(vanKhanh, copy.getLeader());
        assertFalse(copy.isLeaderConfirmed());
        assertEquals(3, copy.getMemberUnits().size());
        assertEquals(cluster.getLineageKey(), copy.getLineageKey());
        assertTrue(copy.getDeputy() != null && !copy.getDeputy().equals(copy.getLeader()));
    }
}
