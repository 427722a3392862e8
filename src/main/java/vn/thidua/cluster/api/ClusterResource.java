package vn.thidua.cluster.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.thidua.cluster.ClusterService;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitQueries;
import vn.thidua.shared.RuleViolation;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ClusterView;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.security.CurrentActor;


/**
 * GET /api/v1/clusters/{id}: a cluster with its members, leader and deputy. POST /api/v1/clusters/{id}/members and
 * DELETE /api/v1/clusters/{id}/members/{unitCode}: register and remove members, with the same rules and rights as the
 * page (staff over the organiser, or the chair of the leader unit).
 */
@Path("clusters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClusterResource {

    @Inject
    CurrentActor current;

    @Inject
    ClusterQueries clusters;

    @Inject
    ClusterService service;

    @Inject
    UnitQueries units;

    @GET
    @Path("{id}")
    public ClusterJson get(@PathParam("id") long clusterId) {
        Actor actor = current.get();
        ClusterView cluster = clusters.get(actor, clusterId).orElseThrow(AccessDenied::new);
        return new ClusterJson(cluster, clusters.members(cluster));
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("id") long clusterId, MemberRequest request) {
        Actor actor = current.get();
        service.register(actor, clusterId, unit(request == null ? null : request.getUnitCode()).getId());
        return Response.status(Response.Status.CREATED).entity(get(clusterId)).build();
    }

    @DELETE
    @Path("{id}/members/{unitCode}")
    public ClusterJson remove(@PathParam("id") long clusterId, @PathParam("unitCode") String unitCode) {
        service.remove(current.get(), clusterId, unit(unitCode).getId());
        return get(clusterId);
    }

    private UnitNode unit(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("error.required", "unit");
        }
        return units.node(code.strip()).orElseThrow(() -> new RuleViolation("cluster.error.unknownUnit", code));
    }
}
