package vn.thidua.campaign.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.campaign.CampaignQueries;
import vn.thidua.campaign.CampaignView;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.api.ClusterJson;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.security.CurrentActor;

import java.util.List;

/** GET /api/v1/campaigns, /api/v1/campaigns/{id} and /api/v1/campaigns/{id}/clusters (with members, leader, deputy). */
@Path("campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CurrentActor current;

    @Inject
    CampaignQueries campaigns;

    @Inject
    ClusterQueries clusters;

    @GET
    public List<CampaignView> list() {
        return campaigns.list(current.get());
    }

    @GET
    @Path("{id}/clusters")
    public List<ClusterJson> clusters(@PathParam("id") long id) {
        Actor actor = current.get();
        CampaignView campaign = campaigns.get(actor, id).orElseThrow(AccessDenied::new);
        return clusters.ofCampaign(actor, id, campaign.getOrganiserPath()).stream()
                .map(k -> new ClusterJson(k, clusters.members(k)))
                .toList();
    }

    @GET
    @Path("{id}")
    public CampaignView get(@PathParam("id") long id) {
        return campaigns.get(current.get(), id).orElseThrow(AccessDenied::new);
    }
}
