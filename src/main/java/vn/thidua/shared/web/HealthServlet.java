package vn.thidua.shared.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import vn.thidua.shared.HealthChecks;

import java.io.IOException;
import java.util.List;

/**
 * /health, /health/ready and /health/live in MicroProfile Health's JSON. Payara Micro serves its own /health, but
 * this application lives at the root context and so shadows it; the same checks are answered here.
 */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Readiness
    HealthChecks.DatabaseReady ready;

    @Inject
    @Liveness
    HealthChecks.Alive alive;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String which = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<HealthCheck> checks = switch (which) {
            case "/ready" -> List.of(ready);
            case "/live" -> List.of(alive);
            default -> List.of(alive, ready);
        };
        boolean up = true;
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (HealthCheck check : checks) {
            HealthCheckResponse r = check.call();
            up &= r.getStatus() == HealthCheckResponse.Status.UP;
            array.add(Json.createObjectBuilder().add("name", r.getName()).add("status", r.getStatus().name()));
        }
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", array).build().toString());
    }
}
