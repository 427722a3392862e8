package vn.thidua.tally;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the hamlet committees of some communes were rated this year, level by level, best first, and how many are not
 * rated yet: the tally page's distribution chart. Two grouped statements whatever the number of communes (the ratings
 * through the tally's covering index, the committees by parent). The caller passes the communes it already read in the
 * reader's scope: the rows of a {@link TallyView} it was given.
 */
@ApplicationScoped
public class HamletRatingQueries {

    @PersistenceContext
    EntityManager em;

    /** One level's count (or, with a null code, the committees not rated yet). A view object with getters. */
    public static final class Level implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private final long count;

        public Level(String code, String name, long count) {
            this.code = code;
            this.name = name;
            this.count = count;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public long getCount() {
            return count;
        }

        public boolean isUnrated() {
            return code == null;
        }
    }

    /** The campaign's levels best first with their counts over these communes' hamlets, then the unrated ones. */
    public List<Level> distribution(long campaignId, Collection<Long> communeIds) {
        if (communeIds.isEmpty()) {
            return List.of();
        }
        List<Long> communes = List.copyOf(communeIds);
        Map<String, Long> counts = new HashMap<>();
        long rated = 0;
        for (Object[] r : em.createQuery("SELECT e.levelCode, COUNT(e) FROM ResultEntry e WHERE e.campaignId = :c"
                        + " AND e.measure = 'rating' AND e.unitId <> e.reportingUnitId AND e.reportingUnitId IN :communes"
                        + " GROUP BY e.levelCode", Object[].class)
                .setParameter("c", campaignId).setParameter("communes", communes).getResultList()) {
            long n = ((Number) r[1]).longValue();
            counts.put((String) r[0], n);
            rated += n;
        }
        List<Level> result = new ArrayList<>();
        for (Object[] l : em.createQuery("SELECT l.code, l.name FROM RatingLevel l WHERE l.campaign.id = :c ORDER BY l.rank",
                Object[].class).setParameter("c", campaignId).getResultList()) {
            result.add(new Level((String) l[0], (String) l[1], counts.getOrDefault((String) l[0], 0L)));
        }
        long hamlets = em.createQuery("SELECT COUNT(u) FROM Unit u WHERE u.parent.id IN :communes", Long.class)
                .setParameter("communes", communes).getSingleResult();
        result.add(new Level(null, null, Math.max(0, hamlets - rated)));
        return result;
    }
}
