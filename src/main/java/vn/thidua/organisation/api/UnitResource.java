package vn.thidua.organisation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitQueries;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.security.CurrentActor;

import java.util.List;

/** GET /api/v1/units?parent=CODE (children; without parent, the caller's roots) and /api/v1/units/{code}. */
@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    CurrentActor current;

    @Inject
    UnitQueries units;

    @GET
    public List<UnitNode> list(@QueryParam("parent") String parentCode) {
        Actor actor = current.get();
        if (parentCode == null || parentCode.isBlank()) {
            return units.roots(actor);
        }
        UnitNode parent = units.byCode(actor, parentCode.strip()).orElseThrow(AccessDenied::new);
        return units.children(actor, parent.getId());
    }

    @GET
    @Path("{code}")
    public UnitNode get(@PathParam("code") String code) {
        return units.byCode(current.get(), code).orElseThrow(AccessDenied::new);
    }
}
