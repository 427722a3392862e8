package vn.thidua.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every cluster's progress of a campaign in four grouped statements (pledge signatures, who has not signed yet,
 * results reports, review sheets), whatever the number of clusters: no statement per cluster. The caller has checked that the campaign is
 * readable and shows only the clusters it may (the list of {@code ClusterQueries.ofCampaign}).
 */
@ApplicationScoped
public class ClusterProgressQueries {

    @PersistenceContext
    EntityManager em;

    /** Progress per cluster id; a cluster without members, pledge or sheets is absent only if it has no members row. */
    public Map<Long, ClusterProgress> ofCampaign(long campaignId) {
        Map<Long, Integer> members = new HashMap<>();
        Map<Long, int[]> reports = new HashMap<>();
        for (Object[] r : rows("SELECT m.cluster_id, r.status, COUNT(*) FROM cluster_member m"
                + " LEFT JOIN result_report r ON r.campaign_id = m.campaign_id AND r.unit_id = m.unit_id"
                + " WHERE m.campaign_id = ?1 GROUP BY m.cluster_id, r.status", campaignId)) {
            long cluster = number(r[0]);
            int n = (int) number(r[2]);
            members.merge(cluster, n, Integer::sum);
            // submitted, returned, accepted (a member without a report, or with a draft, is still at its draft)
            int[] in = reports.computeIfAbsent(cluster, k -> new int[3]);
            String status = (String) r[1];
            if ("SUBMITTED".equals(status)) {
                in[0] += n;
            } else if ("RETURNED".equals(status)) {
                in[1] += n;
            } else if ("ACCEPTED".equals(status)) {
                in[2] += n;
            }
        }
        Map<Long, Object[]> pledges = new HashMap<>();
        // the latest version of each cluster's pledge, its required signers and the signatures given (not the
        // organiser's confirmation, which is not a member's signature)
        for (Object[] r : rows("SELECT p.cluster_id, v.status,"
                + " (SELECT COUNT(*) FROM pledge_signature g JOIN pledge_signer s ON s.version_id = g.version_id"
                + "   AND s.unit_id = g.unit_id AND s.office = g.office WHERE g.version_id = v.id),"
                + " (SELECT COUNT(*) FROM pledge_signer s WHERE s.version_id = v.id)"
                + " FROM pledge p JOIN pledge_version v ON v.pledge_id = p.id"
                + " WHERE p.campaign_id = ?1 AND v.number = (SELECT MAX(w.number) FROM pledge_version w WHERE w.pledge_id = p.id)",
                campaignId)) {
            pledges.put(number(r[0]), r);
        }
        // who has not signed yet (a unit once, even if both its chair and vice-chair are missing)
        Map<Long, java.util.Set<String>> unsigned = new HashMap<>();
        for (Object[] r : rows("SELECT p.cluster_id, s.unit_name FROM pledge p JOIN pledge_version v ON v.pledge_id = p.id"
                + " JOIN pledge_signer s ON s.version_id = v.id"
                + " WHERE p.campaign_id = ?1 AND v.status IN ('FINAL', 'SIGNED')"
                + " AND v.number = (SELECT MAX(w.number) FROM pledge_version w WHERE w.pledge_id = p.id)"
                + " AND NOT EXISTS (SELECT 1 FROM pledge_signature g WHERE g.version_id = s.version_id AND g.unit_id = s.unit_id"
                + "   AND g.office = s.office)"
                + " ORDER BY p.cluster_id, s.position", campaignId)) {
            unsigned.computeIfAbsent(number(r[0]), k -> new java.util.LinkedHashSet<>()).add((String) r[1]);
        }
        Map<Long, Map<String, Integer>> sheets = new HashMap<>();
        for (Object[] r : rows("SELECT cluster_id, status, COUNT(*) FROM review_sheet WHERE campaign_id = ?1"
                + " GROUP BY cluster_id, status", campaignId)) {
            sheets.computeIfAbsent(number(r[0]), k -> new HashMap<>()).put((String) r[1], (int) number(r[2]));
        }
        Map<Long, ClusterProgress> progress = new HashMap<>();
        for (Map.Entry<Long, Integer> m : members.entrySet()) {
            long cluster = m.getKey();
            Object[] pledge = pledges.get(cluster);
            int[] in = reports.get(cluster);
            progress.put(cluster, new ClusterProgress(cluster,
                    pledge == null ? ClusterProgress.NO_PLEDGE : (String) pledge[1],
                    pledge == null ? 0 : (int) number(pledge[2]),
                    pledge == null ? 0 : (int) number(pledge[3]),
                    m.getValue(), in[0], in[2], in[1],
                    ReviewStage.of(m.getValue(), sheets.getOrDefault(cluster, Map.of())),
                    List.copyOf(unsigned.getOrDefault(cluster, java.util.Set.of()))));
        }
        return progress;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long campaignId) {
        return em.createNativeQuery(sql).setParameter(1, campaignId).getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
