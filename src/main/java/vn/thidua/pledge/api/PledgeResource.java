package vn.thidua.pledge.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.pledge.PledgeQueries;
import vn.thidua.pledge.PledgeService;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.RuleViolation;

import java.util.List;

/**
 * GET /api/v1/pledges?campaign={id}: the pledges of a campaign the caller may read (a chair: their own cluster's).
 * GET /api/v1/pledges/{id}: one pledge. Status, version, fingerprint, targets and signatures of the current version.
 * POST /api/v1/pledges/{id}/signatures: a chair or vice-chair signs the current version for their own unit, with the
 * same rules as the page: the fingerprint they read, consent, their password again, and the unit's registration.
 */
@Path("pledges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PledgeResource {

    @Inject
    CurrentActor current;

    @Inject
    PledgeQueries pledges;

    @Inject
    PledgeService service;

    @GET
    public List<PledgeJson> list(@QueryParam("campaign") Long campaignId) {
        if (campaignId == null) {
            throw new RuleViolation("error.required", "campaign");
        }
        return pledges.ofCampaign(current.get(), campaignId, PledgeService.DOCUMENT_LOCALE).stream()
                .filter(v -> v.isExists()).map(PledgeJson::new).toList();
    }

    @POST
    @Path("{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(@PathParam("id") long pledgeId, SignRequest body, @Context HttpServletRequest request) {
        if (body == null) {
            throw new RuleViolation("error.required", "body");
        }
        Actor actor = current.get();
        PledgeJson before = get(pledgeId);
        long version = service.currentVersionId(before.getId());
        service.sign(actor, version, body.getFingerprint(), body.isConsent(),
                body.getPassword() == null ? null : body.getPassword().toCharArray(),
                service.awardId(body.getTitle()), service.awardId(body.getCommendation()),
                request.getRemoteAddr(), request.getHeader("User-Agent"));
        return Response.status(Response.Status.CREATED).entity(get(pledgeId)).build();
    }

    @GET
    @Path("{id}")
    public PledgeJson get(@PathParam("id") long pledgeId) {
        return pledges.byId(current.get(), pledgeId, PledgeService.DOCUMENT_LOCALE)
                .filter(v -> v.isExists()).map(PledgeJson::new).orElseThrow(AccessDenied::new);
    }
}
