package vn.thidua.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The error page is always rendered afresh. A failed POST is forwarded to it with its method and parameters, which
 * Faces would take for a postback of the error page itself (a foreign view state, a missing CSP nonce) and fail
 * again, leaving the container's verbose report with the exception's name. Here the forwarded request is a plain GET
 * without parameters. A postback refused for its missing or wrong CSP nonce (a client without script, a forged form)
 * is the client's fault: 400, not 500.
 */
@WebFilter(urlPatterns = "/error.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        for (Throwable t = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); t != null; t = t.getCause()) {
            if (t instanceof org.primefaces.csp.CspException) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                break;
            }
        }
        chain.doFilter(new FreshGet(request), response);
    }

    /** The forwarded request as a GET without parameters. */
    static final class FreshGet extends HttpServletRequestWrapper {
        FreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
