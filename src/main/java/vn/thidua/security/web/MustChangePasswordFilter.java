package vn.thidua.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.thidua.security.ThiDuaAuthenticationMechanism;

import java.io.IOException;

/**
 * After a password reset, the only thing an account may do is change its password: every page, file servlet and API
 * call is refused until then (pages and files are sent to the password page; the API answers 403 in JSON). Only the
 * password page, sign-in, the error page and the style sheets and scripts they need stay open.
 */
@WebFilter(urlPatterns = "/*")
public class MustChangePasswordFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/security/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (mustChange(request) && !open(request)) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"error\":\"password_change_required\"}");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mustChange(HttpServletRequest request) {
        if (Boolean.TRUE.equals(request.getAttribute(ThiDuaAuthenticationMechanism.REQUEST_MUST_CHANGE))) {
            return true;
        }
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(ThiDuaAuthenticationMechanism.SESSION_MUST_CHANGE));
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PASSWORD_PAGE.equals(path) || "/login.xhtml".equals(path) || "/error.xhtml".equals(path)
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }
}
