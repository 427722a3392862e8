package vn.thidua.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.thidua.shared.RuleViolation;

import java.util.Map;

/** A refused rule is a 400 with its message key; a refused scope (security's AccessDenied) has its own 404 mapper. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Override
    public Response toResponse(RuleViolation e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", e.getKey())).build();
    }
}
