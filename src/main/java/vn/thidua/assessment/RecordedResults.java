package vn.thidua.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.thidua.organisation.UnitCategory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The saved results as other features read them (the tally): {@code result_entry} is this feature's table, so its SQL
 * and the decoding of a stored value stay here, and a reader gets small records. Each method is one or two aggregate
 * reads for the whole campaign (or a cluster's dozen members), whatever its size: no query per row. No scope check:
 * the caller has decided who may see which members' figures.
 */
@ApplicationScoped
public class RecordedResults {

    @PersistenceContext
    EntityManager em;

    /**
     * The children of one member of a category rated by the member (hamlet committees, member organisations): how many
     * it has (units in force) and how many of them it rated at each level code so far.
     */
    public record RatedChildren(long memberId, UnitCategory category, int children, Map<String, Integer> ratedByLevel) {
    }

    /** A member's own value of one measure ({@link ResultEntry#RATING} or a target's code), as entered. */
    public record OwnValue(long unitId, String measure, ResultValue value) {
    }

    /**
     * Every rated category of every member of the campaign's clusters ({@code members} null) or of those members, with
     * the counts of their children and of their children's ratings; a member without rows has no entry.
     */
    @SuppressWarnings("unchecked")
    public List<RatedChildren> ratedChildren(long campaignId, Collection<Long> members) {
        if (members != null && members.isEmpty()) {
            return List.of();
        }
        String only = members == null ? "" : members.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        Map<Long, Map<UnitCategory, Integer>> totals = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT u.parent_id, t.category, COUNT(*) FROM unit u"
                        + " JOIN unit_type t ON t.id = u.type_id JOIN cluster_member m ON m.unit_id = u.parent_id AND m.campaign_id = ?"
                        + " WHERE u.valid_to IS NULL" + (members == null ? "" : " AND u.parent_id IN " + only)
                        + " GROUP BY u.parent_id, t.category")
                .setParameter(1, campaignId).getResultList()) {
            UnitCategory category = UnitCategory.valueOf((String) r[1]);
            if (category.isRatedByParent()) {
                totals.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>()).put(category, ((Number) r[2]).intValue());
            }
        }
        Map<Long, Map<UnitCategory, Map<String, Integer>>> counts = new HashMap<>();
        // counted through the covering index ix_result_tally (campaign, measure, reporting unit, level, unit), rows untouched
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT e.reporting_unit_id, t.category, e.level_code, COUNT(*)"
                        + " FROM result_entry e JOIN unit u ON u.id = e.unit_id JOIN unit_type t ON t.id = u.type_id"
                        + " WHERE e.campaign_id = ? AND e.measure = '" + ResultEntry.RATING + "' AND e.unit_id <> e.reporting_unit_id"
                        + " AND u.valid_to IS NULL" + (members == null ? "" : " AND e.reporting_unit_id IN " + only)
                        + " GROUP BY e.reporting_unit_id, t.category, e.level_code")
                .setParameter(1, campaignId).getResultList()) {
            UnitCategory category = UnitCategory.valueOf((String) r[1]);
            if (category.isRatedByParent()) {
                counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                        .computeIfAbsent(category, k -> new HashMap<>()).merge((String) r[2], ((Number) r[3]).intValue(), Integer::sum);
            }
        }
        List<RatedChildren> children = new ArrayList<>();
        Set<Long> ids = new HashSet<>(totals.keySet());
        ids.addAll(counts.keySet());
        for (long member : ids) {
            for (UnitCategory category : UnitCategory.ratedByParent()) {
                Integer total = totals.getOrDefault(member, Map.of()).get(category);
                Map<String, Integer> rated = counts.getOrDefault(member, Map.of()).get(category);
                if (total != null || rated != null) {
                    children.add(new RatedChildren(member, category, total == null ? 0 : total, rated == null ? Map.of() : rated));
                }
            }
        }
        return children;
    }

    /**
     * The values the members entered for themselves (their own rating, their figures) in the campaign, for every member
     * of its clusters ({@code members} null) or for those members.
     */
    public List<OwnValue> ownValues(long campaignId, Collection<Long> members) {
        if (members != null && members.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("SELECT e.unitId, e.measure, e.levelCode, e.amount, e.peopleTotal, e.peopleReached, e.done"
                        + " FROM ResultEntry e WHERE e.campaignId = :c AND e.unitId = e.reportingUnitId AND e.unitId IN "
                        + (members == null ? "(SELECT m.unit.id FROM ClusterMember m WHERE m.campaignId = :c)" : ":members"),
                Object[].class).setParameter("c", campaignId);
        if (members != null) {
            query.setParameter("members", List.copyOf(members));
        }
        List<OwnValue> values = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            values.add(new OwnValue((Long) r[0], (String) r[1],
                    new ResultValue((String) r[2], (BigDecimal) r[3], (Integer) r[4], (Integer) r[5], (Boolean) r[6])));
        }
        return values;
    }
}
