package vn.thidua.tally.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.CurrentActor;
import vn.thidua.tally.TallyQueries;
import vn.thidua.tally.TallyView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/campaigns/{id}/tally[?cluster={clusterId}]: per cluster, per unit (code and name), per target (code): kind, scope, numerator,
 * denominator, value, percent, threshold, status (met, not_met, incomplete, not_applicable) and missing count; and the
 * cluster-wide evaluation of each target scoped to the cluster. Live: computed from the saved results at each call.
 */
@Path("campaigns/{id}/tally")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TallyResource {

    @Inject
    CurrentActor current;

    @Inject
    TallyQueries tally;

    @GET
    public Map<String, Object> get(@PathParam("id") long campaignId, @QueryParam("cluster") Long clusterId) {
        TallyView view = tally.campaign(current.get(), campaignId, clusterId).orElseThrow(AccessDenied::new);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", view.getCampaignId());
        json.put("campaign", view.getCampaignName());
        json.put("published", view.isPublished());
        List<Object> clusters = new ArrayList<>();
        for (TallyView.ClusterTally c : view.getClusters()) {
            Map<String, Object> cluster = new LinkedHashMap<>();
            cluster.put("id", c.getId());
            cluster.put("name", c.getName());
            List<Object> units = new ArrayList<>();
            for (TallyView.UnitRow u : c.getUnits()) {
                Map<String, Object> unit = new LinkedHashMap<>();
                unit.put("code", u.getCode());
                unit.put("name", u.getName());
                unit.put("targets", targets(c, u.getCells()));
                units.add(unit);
            }
            cluster.put("units", units);
            cluster.put("cluster", targets(c, c.getCluster()));
            clusters.add(cluster);
        }
        json.put("clusters", clusters);
        return json;
    }

    private static List<Object> targets(TallyView.ClusterTally c, List<TallyView.Cell> cells) {
        List<Object> targets = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            TallyView.Cell cell = cells.get(i);
            if (!cell.isApplies()) {
                continue;
            }
            TallyView.TargetHead head = c.getTargets().get(i);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("code", head.getCode());
            t.put("kind", head.getKind().toLowerCase(java.util.Locale.ROOT));
            t.put("scope", head.getScope());
            t.put("numerator", cell.getNumerator());
            t.put("denominator", cell.getDenominator());
            t.put("value", cell.getValue());
            t.put("percent", cell.getPercent());
            t.put("threshold", cell.getThreshold());
            t.put("status", cell.getStatus());
            t.put("missing", cell.getMissing());
            targets.add(t);
        }
        return targets;
    }
}
