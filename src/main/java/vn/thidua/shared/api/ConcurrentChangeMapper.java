package vn.thidua.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.thidua.shared.ConcurrentChange;

import java.util.Map;

/** Other requests kept changing the same rows through every try: 409, nothing changed, try again in a second. */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<ConcurrentChange> {

    @Override
    public Response toResponse(ConcurrentChange e) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).header("Retry-After", "1")
                .entity(Map.of("error", e.getKey(), "status", "concurrent_change")).build();
    }
}
