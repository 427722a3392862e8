package vn.thidua.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.shared.StartupState;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Answers 503 with {@code Retry-After} instead of a broken page: while the instance is starting (until
 * {@link StartupState#isReady()}), and when more requests are in progress than it can serve
 * ({@code thidua.maxConcurrentRequests}) for longer than {@code thidua.queueMillis}. A load balancer then sends the
 * request elsewhere, and a person is told to wait a moment. Health and static resources are never held back.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ServiceGateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StartupState state;

    @Inject
    @ConfigProperty(name = "thidua.maxConcurrentRequests", defaultValue = "48")
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "thidua.queueMillis", defaultValue = "5000")
    long queueMillis;

    private transient Semaphore permits;

    @Override
    public void init() {
        permits = new Semaphore(Math.max(1, maxConcurrent), true);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/health") || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!state.isReady()) {
            unavailable(request, response, 5);
            return;
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(queueMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            unavailable(request, response, 2);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, int seconds)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setHeader("Cache-Control", "no-store");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        Locale locale = request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        String text = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString("error.unavailable");
        if (api) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"unavailable\"}");
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(text);
        }
    }
}
