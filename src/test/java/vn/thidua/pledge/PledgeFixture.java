package vn.thidua.pledge;

import org.junit.jupiter.api.function.Executable;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.RatingLevel;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitCategory;
import vn.thidua.organisation.UnitType;
import vn.thidua.shared.RuleViolation;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Plain-object fixtures for the pledge domain, without a container or database: the An Minh district (Kiên Giang),
 * three communes in one cluster of the 2022 campaign, the Front's usual rating scale. Entities keep null ids unless a
 * test sets them with {@link #setId}; units get ids here because quotas and members are keyed by unit id.
 */
final class PledgeFixture {

    static final Instant T0 = Instant.parse("2022-03-10T02:00:00Z");

    final UnitType regionType = unitType(1L, "HUYEN", "Huyện", UnitCategory.REGION);
    final UnitType communeType = unitType(2L, "XA", "Xã", UnitCategory.COMMUNE);
    final Unit province = unit(91L, "91", "Tỉnh Kiên Giang", regionType, null);
    final Unit district = unit(909L, "909", "Huyện An Minh", regionType, province);
    /** Leader of the cluster; the highest code, so that "sorted by code" is visible. */
    final Unit vanKhanhTay = unit(31048L, "31048", "Vân Khánh Tây", communeType, district);
    final Unit vanKhanh = unit(31042L, "31042", "Vân Khánh", communeType, district);
    final Unit dongHung = unit(31033L, "31033", "Đông Hưng", communeType, district);
    final Campaign campaign;
    final Cluster cluster;
    final List<RatingLevel> scale;
    final Map<String, Integer> ranks;
    final Set<String> childCategories = PledgeService.childCategories();
    final Map<Long, Unit> unitsById;
    final Function<Long, Unit> units;

    PledgeFixture() {
        campaign = new Campaign(district, 2022, "Thi đua năm 2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        setId(campaign, 1L);
        cluster = new Cluster(campaign, "Cụm thi đua số 1", vanKhanhTay);
        cluster.register(vanKhanh);
        cluster.register(dongHung);
        setId(cluster, 7L);
        scale = RatingLevel.defaults(campaign);
        ranks = scale.stream().collect(Collectors.toMap(RatingLevel::getCode, RatingLevel::getRank, (a, b) -> a, LinkedHashMap::new));
        unitsById = new LinkedHashMap<>();
        for (Unit u : List.of(province, district, vanKhanhTay, vanKhanh, dongHung)) {
            unitsById.put(u.getId(), u);
        }
        units = id -> {
            Unit u = unitsById.get(id);
            if (u == null) {
                throw new IllegalArgumentException("no unit " + id);
            }
            return u;
        };
    }

    Set<Long> memberIds() {
        return cluster.getMemberUnits().stream().map(Unit::getId).collect(Collectors.toSet());
    }

    Pledge newPledge(SignerPolicy policy) {
        return new Pledge(cluster, "Giao ước thi đua năm 2022", "An Minh",
                "Căn cứ kế hoạch phát động phong trào thi đua năm 2022.", policy);
    }

    PledgeTarget define(PledgeVersion v, TargetSpec spec) {
        return v.defineTarget(null, spec, ranks, childCategories, memberIds(), units);
    }

    PledgeTarget redefine(PledgeVersion v, PledgeTarget existing, TargetSpec spec) {
        return v.defineTarget(existing.getId(), spec, ranks, childCategories, memberIds(), units);
    }

    /** A version with two clauses and a rated share, the quantity target of the fund with one own quota. */
    PledgeVersion withContent(PledgeVersion v) {
        v.addClause("Chấp hành chỉ đạo", "Chấp hành nghiêm các ý kiến chỉ đạo của cấp trên.");
        v.addClause("Quỹ “Vì người nghèo”", "Vận động Quỹ “Vì người nghèo” đạt chỉ tiêu được giao.");
        define(v, hamletShare("ban-cong-tac-tot", "HTT", "80"));
        TargetSpec fund = quantity("quy-vi-nguoi-ngheo", "50000000", "đồng");
        fund.getQuotas().put(vanKhanh.getId(), new BigDecimal("60000000"));
        fund.setClausePosition(2);
        define(v, fund);
        return v;
    }

    /** Finalises with the cluster's members and seals with the canonical fingerprint. */
    String finaliseAndSeal(PledgeVersion v) {
        v.finalise(cluster.getMemberUnits(), T0, "TD-7K3M-9QXP");
        String fp = PledgeCanonicalForm.fingerprint(v, scale);
        v.seal(fp);
        return fp;
    }

    // ---- specs ----------------------------------------------------------------------------------------------------

    static TargetSpec hamletShare(String code, String level, String threshold) {
        TargetSpec s = new TargetSpec();
        s.setCode(code);
        s.setName("Ban Công tác Mặt trận đạt " + level);
        s.setKind(TargetKind.RATED_SHARE);
        s.setSubject(TargetSubject.CHILD_UNITS);
        s.setChildCategory("HAMLET");
        s.setLevelCode(level);
        s.setThreshold(new BigDecimal(threshold));
        s.setEachMember(true);
        return s;
    }

    static TargetSpec memberShare(String code, String level, String threshold) {
        TargetSpec s = hamletShare(code, level, threshold);
        s.setName("Ủy ban MTTQ xã đạt " + level);
        s.setSubject(TargetSubject.MEMBER_UNITS);
        s.setChildCategory(null);
        s.setEachMember(false);
        s.setClusterWide(true);
        return s;
    }

    static TargetSpec hamletCount(String code, String level, String threshold) {
        TargetSpec s = hamletShare(code, level, threshold);
        s.setName("Không có Ban Công tác Mặt trận " + level);
        s.setKind(TargetKind.RATED_COUNT_AT_MOST);
        return s;
    }

    static TargetSpec quantity(String code, String threshold, String unitOfMeasure) {
        TargetSpec s = new TargetSpec();
        s.setCode(code);
        s.setName("Vận động Quỹ “Vì người nghèo”");
        s.setKind(TargetKind.QUANTITY);
        s.setThreshold(new BigDecimal(threshold));
        s.setUnitOfMeasure(unitOfMeasure);
        s.setEachMember(true);
        s.setClusterWide(true);
        return s;
    }

    static TargetSpec peopleShare(String code, String threshold) {
        TargetSpec s = new TargetSpec();
        s.setCode(code);
        s.setName("Hộ gia đình văn hóa");
        s.setKind(TargetKind.PEOPLE_SHARE);
        s.setThreshold(new BigDecimal(threshold));
        s.setPeopleGroup("hộ gia đình");
        s.setPeopleTitle("danh hiệu “Gia đình văn hóa”");
        s.setEachMember(true);
        return s;
    }

    static TargetSpec done(String code, LocalDate deadline) {
        TargetSpec s = new TargetSpec();
        s.setCode(code);
        s.setName("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc");
        s.setKind(TargetKind.DONE);
        s.setDeadline(deadline);
        s.setEachMember(true);
        return s;
    }

    // ---- reflection and assertions --------------------------------------------------------------------------------

    static RuleViolation violation(Executable action) {
        return assertThrows(RuleViolation.class, action);
    }

    static String violationKey(Executable action) {
        return violation(action).getKey();
    }

    static void setId(Object entity, long id) {
        setField(entity, "id", id);
    }

    static void setField(Object entity, String name, Object value) {
        try {
            Field f = findField(entity.getClass(), name);
            f.setAccessible(true);
            f.set(entity, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException ignored) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    static UnitType unitType(long id, String code, String name, UnitCategory category) {
        try {
            Constructor<UnitType> c = UnitType.class.getDeclaredConstructor();
            c.setAccessible(true);
            UnitType t = c.newInstance();
            setField(t, "id", id);
            setField(t, "code", code);
            setField(t, "name", name);
            setField(t, "category", category);
            return t;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Unit unit(long id, String code, String name, UnitType type, Unit parent) {
        Unit u = new Unit(code, name, type, parent, null);
        setId(u, id);
        return u;
    }
}
