package vn.thidua.security.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.thidua.security.AccessDenied;

import java.util.Map;

/**
 * A refused role or scope answers 404, so that ids outside one's scope reveal nothing. JAX-RS picks the mapper of the
 * nearest exception type, so this one wins over {@code shared.api.RuleViolationMapper} (400) for {@link AccessDenied};
 * it lives here so that {@code shared} need not know {@code security} (which would close a cycle between them).
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {

    @Override
    public Response toResponse(AccessDenied e) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "not_found")).build();
    }
}
