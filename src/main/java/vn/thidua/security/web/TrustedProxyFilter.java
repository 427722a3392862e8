package vn.thidua.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.thidua.security.SecureSessionCookie;
import vn.thidua.security.TrustedProxies;
import vn.thidua.shared.AppConfig;

import java.io.IOException;

/**
 * Everything behind this filter sees the real client ({@link TrustedProxies}): its address (throttling, signatures)
 * and whether it used HTTPS (the session cookie is then Secure). Forwarded headers from any other peer are ignored.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TrustedProxyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AppConfig config;

    private transient volatile TrustedProxies proxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TrustedProxies trusted = proxies();
        String peer = request.getRemoteAddr();
        if (!trusted.isTrusted(peer)) {
            chain.doFilter(request, response);
            return;
        }
        String client = trusted.clientAddress(peer, request.getHeader("X-Forwarded-For"));
        boolean secure = trusted.isSecure(request.isSecure(), peer, request.getHeader("X-Forwarded-Proto"));
        chain.doFilter(new Forwarded(request, response, client, secure), response);
    }

    private TrustedProxies proxies() {
        TrustedProxies p = proxies;
        if (p == null) {
            p = new TrustedProxies(config.getTrustedProxies());
            proxies = p;
        }
        return p;
    }

    /** The request as the client made it, according to a trusted proxy. */
    static final class Forwarded extends HttpServletRequestWrapper {
        private final HttpServletResponse response;
        private final String client;
        private final boolean secure;

        Forwarded(HttpServletRequest request, HttpServletResponse response, String client, boolean secure) {
            super(request);
            this.response = response;
            this.client = client;
            this.secure = secure;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getScheme() {
            return secure ? "https" : super.getScheme();
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession before = super.getSession(false);
            HttpSession session = super.getSession(create);
            if (secure && session != null && before == null) {
                SecureSessionCookie.reissue(this, response, session.getId());
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            if (secure) {
                SecureSessionCookie.reissue(this, response, id);
            }
            return id;
        }
    }
}
