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
 * is the client's fault: 400, not 500. So is a value that a component cannot read while it decodes or validates the
 * request (found by the attack runs: text in PrimeFaces' number field's hidden input, a forged upload without its file
 * count), which a page's own widgets never send. And so is a postback of a view this server does not hold (an expired
 * session, a made-up or foreign view state): web.xml sends it to the sign-in page, which the container would answer
 * with the exception's 500.
 */
@WebFilter(urlPatterns = {"/error.xhtml", "/login.xhtml"}, dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (clientFault((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        chain.doFilter(new FreshGet(request), response);
    }

    /**
     * Whether what failed was the request rather than the server: a refused CSP nonce, or a value that could not be
     * parsed ({@link IllegalArgumentException}, {@link NumberFormatException} among them) while the components decoded
     * or validated what the client sent. The same exception thrown anywhere else (rendering, a use case) stays a 500.
     */
    static boolean clientFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.primefaces.csp.CspException || t instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
            if (t instanceof IllegalArgumentException && readingTheRequest(t.getStackTrace())) {
                return true;
            }
        }
        return false;
    }

    /** Thrown under a component's decode or validation, before any use case ran. */
    private static boolean readingTheRequest(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String method = frame.getMethodName();
            if (frame.getClassName().startsWith("jakarta.faces.component.")
                    && (method.equals("processDecodes") || method.equals("processValidators"))) {
                return true;
            }
            if (method.equals("invokeApplication") || method.equals("broadcast") || method.startsWith("encode")) {
                return false; // an action or the rendering: the server's own failure
            }
        }
        return false;
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
