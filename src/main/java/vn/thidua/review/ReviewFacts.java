package vn.thidua.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.thidua.cluster.Cluster;
import vn.thidua.pledge.TargetKind;
import vn.thidua.security.Actor;
import vn.thidua.tally.Status;
import vn.thidua.tally.TallyQueries;
import vn.thidua.tally.TallyView;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the review reads from the results tally of one cluster: each member's status per pledge target, how many it
 * met, and the points of the criteria linked to targets. Read as the system after the caller's own scope check (the
 * tally narrows a chair to their own unit, while a reviewer needs every member's figures).
 */
@ApplicationScoped
public class ReviewFacts {

    @Inject
    TallyQueries tally;

    public ClusterFacts ofCluster(Cluster cluster) {
        Optional<TallyView> view = tally.campaign(Actor.system(), cluster.getCampaign().getId(), cluster.getId());
        Map<String, String> kinds = new HashMap<>();
        Map<Long, Map<String, TallyView.Cell>> cells = new HashMap<>();
        view.ifPresent(v -> v.getClusters().stream().filter(c -> c.getId() == cluster.getId()).forEach(c -> {
            c.getTargets().forEach(t -> kinds.put(t.getCode(), t.getKind()));
            for (TallyView.UnitRow u : c.getUnits()) {
                Map<String, TallyView.Cell> byCode = new LinkedHashMap<>();
                u.getCells().stream().filter(TallyView.Cell::isApplies).forEach(cell -> byCode.put(cell.getTargetCode(), cell));
                cells.put(u.getUnitId(), byCode);
            }
        }));
        return new ClusterFacts(kinds, cells);
    }

    /** The tally of one cluster as the review needs it. */
    public static final class ClusterFacts {
        private final Map<String, String> kinds;
        private final Map<Long, Map<String, TallyView.Cell>> cells;

        ClusterFacts(Map<String, String> kinds, Map<Long, Map<String, TallyView.Cell>> cells) {
            this.kinds = kinds;
            this.cells = cells;
        }

        /** Target code → status (json) of the targets that apply to the unit. */
        public Map<String, String> targetStatus(long unitId) {
            Map<String, String> status = new LinkedHashMap<>();
            cells.getOrDefault(unitId, Map.of()).forEach((code, cell) -> status.put(code, cell.getStatus()));
            return status;
        }

        public int targetsMet(long unitId) {
            return (int) targetStatus(unitId).values().stream().filter("met"::equals).count();
        }

        public int targetsApplying(long unitId) {
            return (int) targetStatus(unitId).values().stream().filter(s -> !"not_applicable".equals(s)).count();
        }

        /**
         * Points of each linked leaf for the unit; a leaf whose target is still incomplete is absent. A leaf linked to a
         * target the unit's pledge does not have gets no computed points either (it waits, visibly, for staff to fix
         * the link).
         */
        public Map<String, BigDecimal> linkedPoints(long unitId, ScoringSheet sheet) {
            Map<String, BigDecimal> points = new HashMap<>();
            Map<String, TallyView.Cell> own = cells.getOrDefault(unitId, Map.of());
            for (ScoringSheet.Node leaf : sheet.leaves()) {
                if (!leaf.isLinked()) {
                    continue;
                }
                TallyView.Cell cell = own.get(leaf.targetCode());
                String kind = kinds.get(leaf.targetCode());
                if (cell == null || kind == null) {
                    continue;
                }
                LinkedScore.points(leaf.linkMode(), leaf.maxPoints(), TargetKind.valueOf(kind),
                                Status.valueOf(cell.getStatus().toUpperCase(Locale.ROOT)), number(cell.getNumerator()),
                                number(cell.getDenominator()), number(cell.getThreshold()))
                        .ifPresent(p -> points.put(leaf.code(), p));
            }
            return points;
        }

        /** The unit's cell of a target (for showing why a linked criterion scored what it did). */
        public Optional<TallyView.Cell> cell(long unitId, String targetCode) {
            return Optional.ofNullable(cells.getOrDefault(unitId, Map.of()).get(targetCode));
        }

        private static BigDecimal number(String s) {
            return s == null || s.isEmpty() ? null : new BigDecimal(s);
        }
    }
}
