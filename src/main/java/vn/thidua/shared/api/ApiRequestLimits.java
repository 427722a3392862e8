package vn.thidua.shared.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

/**
 * What every API write must look like before any resource reads it: a body no larger than {@link #MAX_BODY_BYTES}
 * (413), and never a type an HTML form can send without a CORS preflight — {@code text/plain}, form-urlencoded,
 * multipart — where the API expects JSON or CSV (415). The declared length is checked at once; a body sent without
 * one is counted while it is read.
 */
@Provider
@PreMatching
public class ApiRequestLimits implements ContainerRequestFilter {

    /**
     * The pages' upload limit (web.xml's multipart max-file-size): a results file of 100,000 hamlet ratings (the
     * national benchmark's import, about 3 MB) fits; nothing larger is read.
     */
    public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final Set<String> FORM_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && FORM_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(java.util.Locale.ROOT))) {
            request.abortWith(json(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"));
            return;
        }
        if (request.getLength() > MAX_BODY_BYTES) {
            request.abortWith(json(Response.Status.REQUEST_ENTITY_TOO_LARGE, "payload_too_large"));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), MAX_BODY_BYTES));
        }
    }

    static Response json(Response.Status status, String error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", error)).build();
    }

    /** Thrown while reading a body that grew past the cap; mapped to 413 by {@link ApiErrorMapper}. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("request body too large");
        }
    }

    /** Counts what is read and stops at the cap. */
    static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws TooLarge {
            count += n;
            if (count > max) {
                throw new TooLarge();
            }
        }
    }
}
