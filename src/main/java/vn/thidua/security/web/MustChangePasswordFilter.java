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

/** After a password reset, the only page an account may open is the one that changes the password. */
@WebFilter(urlPatterns = "*.xhtml")
public class MustChangePasswordFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/security/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String page = request.getServletPath();
        if (session != null && Boolean.TRUE.equals(session.getAttribute(ThiDuaAuthenticationMechanism.SESSION_MUST_CHANGE))
                && !PASSWORD_PAGE.equals(page) && !"/login.xhtml".equals(page) && !"/error.xhtml".equals(page)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
