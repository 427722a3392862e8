package vn.thidua.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every other failure of an API call answers JSON, never the container's HTML page or an exception's name: a body
 * that is not valid JSON (or not of the expected shape) is a 400, a body past the cap a 413, a status the runtime
 * chose (404, 405, 406, 415) keeps its status, anything else is a 500 logged on the server.
 */
@Provider
public class ApiErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiRequestLimits.TooLarge) {
                return ApiRequestLimits.json(Response.Status.REQUEST_ENTITY_TOO_LARGE, "payload_too_large");
            }
            if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException) {
                return ApiRequestLimits.json(Response.Status.BAD_REQUEST, "malformed_json");
            }
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status == 400 || e instanceof jakarta.ws.rs.BadRequestException) {
                return ApiRequestLimits.json(Response.Status.BAD_REQUEST, "bad_request");
            }
            if (status < 400) {
                return w.getResponse(); // a redirection keeps its Location
            }
            if (status < 500) {
                Response.Status known = Response.Status.fromStatusCode(status);
                return Response.status(status).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                        .entity(java.util.Map.of("error", known == null ? "error" : known.name().toLowerCase(java.util.Locale.ROOT)))
                        .build();
            }
        }
        if (e instanceof jakarta.ws.rs.ProcessingException) {
            // a body the runtime could not read into the expected type
            return ApiRequestLimits.json(Response.Status.BAD_REQUEST, "bad_request");
        }
        LOG.log(Level.SEVERE, "API call failed", e);
        return ApiRequestLimits.json(Response.Status.INTERNAL_SERVER_ERROR, "server_error");
    }
}
