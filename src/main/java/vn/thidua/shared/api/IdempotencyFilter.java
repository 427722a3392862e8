package vn.thidua.shared.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import vn.thidua.shared.IdempotencyStore;
import vn.thidua.shared.Sha256;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on API writes: a client that lost the answer to a write sends it again with the same key
 * and gets the first answer (with {@code Idempotent-Replayed: true}) instead of a second write. Keys belong to the
 * caller; the same key with another body or path answers 422, and while the first request still runs, 409 with
 * {@code Retry-After}. A server error frees the key so that the retry runs. Writes without the header behave as before.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";

    @Inject
    IdempotencyStore store;

    private record Claim(String caller, String key) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !isWrite(request.getMethod())) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            request.abortWith(error(422, "error.idempotency.invalid"));
            return;
        }
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null) {
            return; // unauthenticated writes are refused by the resource: nothing to remember
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = Sha256.hex(concat((request.getMethod() + " " + request.getUriInfo().getPath() + "\n")
                .getBytes(StandardCharsets.UTF_8), body));
        Optional<IdempotencyStore.Entry> earlier = store.claim(caller.getName(), key, hash);
        if (earlier.isEmpty()) {
            request.setProperty(CLAIMED, new Claim(caller.getName(), key));
            return;
        }
        IdempotencyStore.Entry entry = earlier.get();
        if (!entry.requestHash().equals(hash)) {
            request.abortWith(error(422, "error.idempotency.mismatch"));
        } else if (!entry.isDone()) {
            request.abortWith(Response.fromResponse(error(409, "error.idempotency.inProgress")).header("Retry-After", "1").build());
        } else {
            Response.ResponseBuilder replay = Response.status(entry.status()).header("Idempotent-Replayed", "true");
            if (entry.body() != null && entry.body().length > 0) {
                replay.entity(entry.body()).type(entry.contentType());
            }
            request.abortWith(replay.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claim claim)) {
            return;
        }
        if (response.getStatus() >= 500) {
            store.release(claim.caller(), claim.key());
            request.removeProperty(CLAIMED);
        } else if (!response.hasEntity()) {
            store.complete(claim.caller(), claim.key(), response.getStatus(), null, null);
            request.removeProperty(CLAIMED);
        } else {
            response.getHeaders().putSingle("X-Idempotency-Status", String.valueOf(response.getStatus()));
        }
    }

    /** Keeps the very bytes the first answer was written with, so that a replay is identical. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(CLAIMED) instanceof Claim claim)) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(new TeeStream(original, copy));
        context.proceed();
        Object status = context.getHeaders().getFirst("X-Idempotency-Status");
        context.getHeaders().remove("X-Idempotency-Status");
        MediaType type = context.getMediaType();
        store.complete(claim.caller(), claim.key(), status == null ? 200 : Integer.parseInt(status.toString()),
                type == null ? null : type.toString(), copy.toByteArray());
        context.removeProperty(CLAIMED);
    }

    private static boolean isWrite(String method) {
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
    }

    private static Response error(int status, String key) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", key)).build();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static final class TeeStream extends OutputStream {
        private final OutputStream out;
        private final ByteArrayOutputStream copy;

        TeeStream(OutputStream out, ByteArrayOutputStream copy) {
            this.out = out;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            copy.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            copy.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
