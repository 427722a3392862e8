package vn.thidua.load;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.RatingLevel;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitCategory;
import vn.thidua.organisation.UnitType;
import vn.thidua.pledge.Pledge;
import vn.thidua.pledge.PledgeCanonicalForm;
import vn.thidua.pledge.PledgeEvent;
import vn.thidua.pledge.PledgeEventType;
import vn.thidua.pledge.PledgeVersion;
import vn.thidua.pledge.SignerPolicy;
import vn.thidua.pledge.TargetKind;
import vn.thidua.pledge.TargetSpec;
import vn.thidua.pledge.TargetSubject;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A final pledge version built by the domain's own verbs in memory ({@code Pledge}, {@code defineTarget},
 * {@code finalise}) and fingerprinted by {@link PledgeCanonicalForm}, with the log entries the application writes when
 * it creates and finalises a pledge ({@link PledgeEvent}, hash-chained): the rows {@link ProvinceData} inserts from it
 * pass the pledge's integrity check, so signing works on them as on a pledge finalised through the pages. Ids are set
 * to the rows' ids because the canonical form and the log name the pledge by its id.
 */
final class SealedPledge {

    private static final Set<String> CHILD_CATEGORIES = Set.of(UnitCategory.HAMLET.name(), UnitCategory.MEMBER_ORG.name());

    final PledgeVersion version;
    final String fingerprint;
    final List<PledgeEvent> events;

    private SealedPledge(PledgeVersion version, String fingerprint, List<PledgeEvent> events) {
        this.version = version;
        this.fingerprint = fingerprint;
        this.events = events;
    }

    record Member(long id, String code, String name) {
    }

    /**
     * @param province     the organiser: id, code and name
     * @param members      the cluster's members, the leader first
     * @param levelNames   the campaign's rating scale, code to name, in rank order
     */
    static SealedPledge build(Member province, int year, String campaignName, long pledgeId, String clusterName,
                              List<Member> members, Map<String, String> levelNames, String title, String place,
                              String preamble, List<TargetSpec> targets, Instant finalisedAt, String code) {
        UnitType regionType = unitType(UnitCategory.REGION);
        UnitType communeType = unitType(UnitCategory.COMMUNE);
        Unit organiser = unit(province, regionType, null);
        Campaign campaign = new Campaign(organiser, year, campaignName, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<Long, Unit> units = new HashMap<>();
        Unit leader = null;
        Cluster cluster = null;
        for (Member m : members) {
            Unit u = unit(m, communeType, organiser);
            units.put(m.id(), u);
            if (cluster == null) {
                leader = u;
                cluster = new Cluster(campaign, clusterName, leader);
            } else {
                cluster.register(u);
            }
        }
        Pledge pledge = new Pledge(cluster, title, place, preamble, SignerPolicy.CHAIRS_AND_VICE_CHAIRS);
        setField(pledge, "id", pledgeId);
        PledgeVersion v = pledge.current();
        Map<String, Integer> ranks = new LinkedHashMap<>();
        List<RatingLevel> scale = new java.util.ArrayList<>();
        int rank = 1;
        for (Map.Entry<String, String> level : levelNames.entrySet()) {
            ranks.put(level.getKey(), rank);
            scale.add(new RatingLevel(campaign, level.getKey(), level.getValue(), rank++));
        }
        for (TargetSpec spec : targets) {
            v.defineTarget(null, spec, ranks, CHILD_CATEGORIES, units.keySet(), units::get);
        }
        v.finalise(cluster.getMemberUnits(), finalisedAt, code);
        String fingerprint = PledgeCanonicalForm.fingerprint(v, scale);
        PledgeEvent created = new PledgeEvent(pledgeId, null, 1, PledgeEventType.CREATED, null, "system",
                finalisedAt.minusSeconds(86_400), "start=BLANK");
        PledgeEvent finalised = new PledgeEvent(pledgeId, created, 1, PledgeEventType.FINALISED, null, "system", finalisedAt,
                "fingerprint=" + fingerprint + "\ncode=" + code + "\nsigners=" + v.getSigners().size());
        return new SealedPledge(v, fingerprint, List.of(created, finalised));
    }

    static TargetSpec target(String code, String name, TargetKind kind, TargetSubject subject, String childCategory,
                             String level, String threshold, String unitOfMeasure, boolean eachMember, boolean clusterWide) {
        TargetSpec s = new TargetSpec();
        s.setCode(code);
        s.setName(name);
        s.setKind(kind);
        s.setSubject(subject);
        s.setChildCategory(childCategory);
        s.setLevelCode(level);
        s.setThreshold(new BigDecimal(threshold));
        s.setUnitOfMeasure(unitOfMeasure);
        s.setEachMember(eachMember);
        s.setClusterWide(clusterWide);
        return s;
    }

    private static Unit unit(Member m, UnitType type, Unit parent) {
        Unit u = new Unit(m.code(), m.name(), type, parent, null);
        setField(u, "id", m.id());
        return u;
    }

    private static UnitType unitType(UnitCategory category) {
        try {
            Constructor<UnitType> c = UnitType.class.getDeclaredConstructor();
            c.setAccessible(true);
            UnitType t = c.newInstance();
            setField(t, "code", category.name());
            setField(t, "name", category.name());
            setField(t, "category", category);
            return t;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setField(Object entity, String name, Object value) {
        try {
            for (Class<?> c = entity.getClass(); c != null; c = c.getSuperclass()) {
                try {
                    Field f = c.getDeclaredField(name);
                    f.setAccessible(true);
                    f.set(entity, value);
                    return;
                } catch (NoSuchFieldException ignored) {
                    // look in the superclass
                }
            }
            throw new NoSuchFieldException(name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
