package vn.thidua.assessment;

import jakarta.persistence.EntityManager;
import vn.thidua.campaign.Campaign;
import vn.thidua.organisation.UnitCategory;
import vn.thidua.pledge.PledgeVersion;
import vn.thidua.pledge.TargetKind;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What checking a batch of result lines needs, read in a few queries: the units the lines name, the campaign's member
 * units (and their cluster), each cluster's targets by code (from its pledge's newest version), the rating scale.
 */
final class ResultContext {

    record UnitInfo(long id, String code, String name, Long parentId, UnitCategory category) {
        /** Only hamlet committees (and member organisations) are rated by their commune. */
        boolean rated() {
            return category != null && category.isRatedByParent();
        }
    }

    private final Map<String, UnitInfo> units;
    private final Map<Long, Long> clusterOfMember;
    private final Map<Long, Map<String, TargetKind>> targetsOfCluster;
    private final Map<String, String> levels;

    private ResultContext(Map<String, UnitInfo> units, Map<Long, Long> clusterOfMember,
                          Map<Long, Map<String, TargetKind>> targetsOfCluster, Map<String, String> levels) {
        this.units = units;
        this.clusterOfMember = clusterOfMember;
        this.targetsOfCluster = targetsOfCluster;
        this.levels = levels;
    }

    @SuppressWarnings("unchecked")
    static ResultContext load(EntityManager em, Campaign campaign, List<String> codes) {
        Map<String, UnitInfo> units = new HashMap<>();
        List<String> distinct = codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        for (int from = 0; from < distinct.size(); from += 1000) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 1000));
            List<Object[]> rows = em.createQuery("SELECT u.id, u.code, u.name, p.id, t.category FROM Unit u JOIN u.type t"
                            + " LEFT JOIN u.parent p WHERE u.code IN :codes", Object[].class)
                    .setParameter("codes", chunk).getResultList();
            for (Object[] r : rows) {
                units.put((String) r[1], new UnitInfo((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (UnitCategory) r[4]));
            }
        }
        Map<Long, Long> clusterOfMember = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m.unit.id, m.cluster.id FROM ClusterMember m WHERE m.campaignId = :c", Object[].class)
                .setParameter("c", campaign.getId()).getResultList()) {
            clusterOfMember.put((Long) r[0], (Long) r[1]);
        }
        Map<Long, Map<String, TargetKind>> targets = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT p.cluster.id, t.code, t.kind FROM PledgeTarget t JOIN t.version v JOIN v.pledge p"
                        + " WHERE p.campaign = :c AND " + PledgeVersion.inForce("v", "p"),
                        Object[].class)
                .setParameter("c", campaign).getResultList()) {
            targets.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((String) r[1], (TargetKind) r[2]);
        }
        Map<String, String> levels = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("SELECT l.code, l.name FROM RatingLevel l WHERE l.campaign = :c ORDER BY l.rank", Object[].class)
                .setParameter("c", campaign).getResultList()) {
            levels.put((String) r[0], (String) r[1]);
        }
        return new ResultContext(units, clusterOfMember, targets, levels);
    }

    Optional<UnitInfo> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    boolean isMember(long unitId) {
        return clusterOfMember.containsKey(unitId);
    }

    Optional<TargetKind> targetKind(long memberId, String code) {
        Long cluster = clusterOfMember.get(memberId);
        return cluster == null ? Optional.empty() : Optional.ofNullable(targetsOfCluster.getOrDefault(cluster, Map.of()).get(code));
    }

    Map<String, String> levels() {
        return levels;
    }
}
