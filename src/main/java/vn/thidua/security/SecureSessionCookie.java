package vn.thidua.security;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Behind a TLS-terminating proxy the container sees plain HTTP, so its session cookie ({@code cookieSecure=dynamic})
 * lacks Secure. When a trusted proxy says the client used HTTPS, the cookie is sent again with Secure; a browser keeps
 * the last of two cookies of the same name and path.
 */
public final class SecureSessionCookie {

    private SecureSessionCookie() {
    }

    public static void reissue(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        if (response.isCommitted() || sessionId == null) {
            return;
        }
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        String name = config.getName() == null ? "JSESSIONID" : config.getName();
        String path = config.getPath() != null ? config.getPath()
                : request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", name + "=" + sessionId + "; Path=" + path + "; Secure; HttpOnly; SameSite=Lax");
    }
}
