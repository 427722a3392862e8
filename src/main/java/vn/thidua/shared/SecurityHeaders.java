package vn.thidua.shared;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every response carries: no MIME sniffing, no framing (clickjacking), a strict referrer policy, no caching
 * of signed-in pages. Shared by {@link SecurityHeadersFilter} and the answers given before any filter runs (the
 * authentication mechanism's 401).
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response, boolean noStore) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!response.containsHeader("Content-Security-Policy")) {
            response.addHeader("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
        }
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (noStore) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
