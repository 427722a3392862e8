package vn.thidua.testsupport;

import vn.thidua.campaign.Campaign;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitCategory;
import vn.thidua.organisation.UnitType;
import vn.thidua.security.Actor;
import vn.thidua.security.Role;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.LocalDate;

/**
 * One organiser (An Minh, 909) with two clusters, a neighbouring district, and an account of every kind, for the
 * unit tests of the read and write rules (`…Access`). Cụm 1: Vân Khánh Tây (leader), Vân Khánh (deputy); Cụm 2:
 * Đông Thạnh (leader), Đông Hòa (deputy), Thuận Hoà.
 */
public final class ScopeFixture {

    public final Unit province;
    public final Unit district;
    public final Unit otherDistrict;
    public final Unit vanKhanhTay;
    public final Unit vanKhanh;
    public final Unit dongThanh;
    public final Unit dongHoa;
    public final Unit thuanHoa;
    public final Unit thuanHoaHamlet;
    public final Unit elsewhere;
    public final Campaign campaign;
    public final Cluster cluster1;
    public final Cluster cluster2;

    public final Actor admin = new Actor(1, "quantri", Role.ADMIN, null, "/");
    public final Actor staff;
    public final Actor viewer;
    public final Actor provinceViewer;
    public final Actor otherStaff;
    public final Actor otherViewer;
    public final Actor leaderChair1;
    public final Actor deputyChair1;
    public final Actor leaderChair2;
    public final Actor memberChair2;
    public final Actor memberViceChair2;
    public final Actor memberViewer2;
    public final Actor noUnit = new Actor(99, "orphan", Role.VIEWER, null, null);

    public ScopeFixture() {
        UnitType tinh = type("Tỉnh", UnitCategory.REGION);
        UnitType huyen = type("Huyện", UnitCategory.REGION);
        UnitType xa = type("Xã", UnitCategory.COMMUNE);
        UnitType ap = type("Ấp", UnitCategory.HAMLET);
        province = unit(1, new Unit("91", "Kiên Giang", tinh, null, null));
        district = unit(2, new Unit("909", "An Minh", huyen, province, null));
        otherDistrict = unit(3, new Unit("910", "U Minh Thượng", huyen, province, null));
        vanKhanhTay = unit(10, new Unit("31048", "Vân Khánh Tây", xa, district, null));
        vanKhanh = unit(11, new Unit("31042", "Vân Khánh", xa, district, null));
        dongThanh = unit(12, new Unit("31027", "Đông Thạnh", xa, district, null));
        dongHoa = unit(13, new Unit("31024", "Đông Hòa", xa, district, null));
        thuanHoa = unit(14, new Unit("31021", "Thuận Hoà", xa, district, null));
        thuanHoaHamlet = unit(15, new Unit("31021-01", "Ấp Xẻo Nhàu", ap, thuanHoa, null));
        elsewhere = unit(20, new Unit("31100", "Thạnh Yên", xa, otherDistrict, null));
        campaign = new Campaign(district, 2022, "Thi đua năm 2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        set(campaign, "id", 1L);
        cluster1 = new Cluster(campaign, "Cụm số 1", vanKhanhTay);
        cluster1.register(vanKhanh);
        cluster1.appointDeputy(vanKhanh);
        set(cluster1, "id", 1L);
        cluster2 = new Cluster(campaign, "Cụm số 2", dongThanh);
        cluster2.register(dongHoa);
        cluster2.register(thuanHoa);
        cluster2.appointDeputy(dongHoa);
        set(cluster2, "id", 2L);

        staff = actor(2, "canbo", Role.STAFF, district);
        viewer = actor(3, "lanhdao", Role.VIEWER, district);
        provinceViewer = actor(4, "tinh", Role.VIEWER, province);
        otherStaff = actor(5, "canbo910", Role.STAFF, otherDistrict);
        otherViewer = actor(6, "lanhdao910", Role.VIEWER, otherDistrict);
        leaderChair1 = actor(7, "vankhanhtay", Role.CHAIR, vanKhanhTay);
        deputyChair1 = actor(8, "vankhanh", Role.CHAIR, vanKhanh);
        leaderChair2 = actor(9, "dongthanh", Role.CHAIR, dongThanh);
        memberChair2 = actor(10, "thuanhoa", Role.CHAIR, thuanHoa);
        memberViceChair2 = actor(11, "phothuanhoa", Role.CHAIR, thuanHoa);
        memberViewer2 = actor(12, "xemthuanhoa", Role.VIEWER, thuanHoa);
    }

    public static Actor actor(long id, String name, Role role, Unit unit) {
        return new Actor(id, name, role, unit.getId(), unit.getPath());
    }

    private static Unit unit(long id, Unit unit) {
        set(unit, "id", id);
        return unit;
    }

    private static UnitType type(String name, UnitCategory category) {
        try {
            Constructor<UnitType> c = UnitType.class.getDeclaredConstructor();
            c.setAccessible(true);
            UnitType t = c.newInstance();
            set(t, "name", name);
            set(t, "category", category);
            return t;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object entity, String field, Object value) {
        try {
            Field f = entity.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(entity, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
