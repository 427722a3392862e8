package vn.thidua.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.thidua.shared.AlreadyDone;

import java.util.Map;

/**
 * A doubled or retried write that was already done: 409 with {@code "status": "already_done"}; nothing changed and
 * the client may take it as success. JAX-RS picks the mapper of the nearest type, so this wins over
 * {@link RuleViolationMapper}.
 */
@Provider
public class AlreadyDoneMapper implements ExceptionMapper<AlreadyDone> {

    @Override
    public Response toResponse(AlreadyDone e) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", e.getKey(), "status", "already_done")).build();
    }
}
