package vn.thidua.cluster.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ClusterView;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.security.CurrentActor;


/** GET /api/v1/clusters/{id}: a cluster with its members, leader and deputy. */
@Path("clusters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClusterResource {

    @Inject
    CurrentActor current;

    @Inject
    ClusterQueries clusters;

    @GET
    @Path("{id}")
    public ClusterJson get(@PathParam("id") long clusterId) {
        Actor actor = current.get();
        ClusterView cluster = clusters.get(actor, clusterId).orElseThrow(AccessDenied::new);
        return new ClusterJson(cluster, clusters.members(actor, clusterId));
    }
}
