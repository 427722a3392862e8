package vn.thidua.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.thidua.shared.SecurityHeaders;

import java.io.IOException;

/**
 * Headers every response carries: no MIME sniffing, no framing (clickjacking), a strict referrer policy, no caching
 * of signed-in pages. PrimeFaces adds its own script CSP with nonces; this adds frame-ancestors as a second policy
 * (browsers enforce both).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        SecurityHeaders.apply(response, !uri.contains("/jakarta.faces.resource/") && !uri.contains("/resources/"));
        chain.doFilter(request, response);
    }
}
