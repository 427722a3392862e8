package vn.thidua.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.review.ReviewQueries;
import vn.thidua.review.ReviewView;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.CurrentActor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/clusters/{id}/review: the cluster's year-end review — per member unit its code and name, status, self,
 * reviewed and final score, rating, rank (0 while unscored; provisional until every sheet is final), targets met,
 * votes and proposals; the meeting's honoured unit and next year's leader and deputy. Scope as the review page.
 */
@Path("clusters/{id}/review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    CurrentActor current;

    @Inject
    ReviewQueries queries;

    @GET
    public Map<String, Object> get(@PathParam("id") long clusterId) {
        ReviewView v = queries.cluster(current.get(), clusterId).orElseThrow(AccessDenied::new);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clusterId", v.getClusterId());
        json.put("cluster", v.getClusterName());
        json.put("campaignId", v.getCampaignId());
        json.put("campaign", v.getCampaignName());
        json.put("provisional", v.isProvisional());
        json.put("maxTotal", v.getMaxTotal());
        json.put("tieBreak", v.getTieBreakArea() == null ? List.of("total", "targets_met") : List.of("total", "targets_met", v.getTieBreakArea()));
        List<Object> units = new ArrayList<>();
        for (ReviewView.UnitRow u : v.getUnits()) {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("code", u.getCode());
            unit.put("name", u.getName());
            unit.put("status", u.getStatus());
            unit.put("selfScore", u.getSelfTotal());
            unit.put("reviewedScore", u.getReviewedTotal());
            unit.put("finalScore", u.getFinalTotal());
            unit.put("rating", u.getLevelCode());
            unit.put("rank", u.getRank());
            unit.put("tied", u.isTied());
            unit.put("targetsMet", u.getTargetsMet());
            unit.put("targetsApplying", u.getTargetsApplying());
            unit.put("votes", u.getVotes());
            unit.put("honoured", u.isHonoured());
            unit.put("proposals", u.getProposals());
            units.add(unit);
        }
        json.put("units", units);
        ReviewView.MeetingView m = v.getMeeting();
        if (m != null) {
            Map<String, Object> meeting = new LinkedHashMap<>();
            meeting.put("date", m.getDate().toString());
            meeting.put("attendees", m.getAttendees());
            meeting.put("voters", m.getVoters());
            meeting.put("honoured", m.getHonoured());
            meeting.put("nextLeader", m.getNextLeader());
            meeting.put("nextDeputy", m.getNextDeputy());
            json.put("meeting", meeting);
        }
        return json;
    }
}
