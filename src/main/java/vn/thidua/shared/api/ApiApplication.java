package vn.thidua.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The integration API, version 1: JSON over HTTPS with personal bearer tokens. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

    /** Errors keep their JSON body: the container's HTML error pages are for people, not integrations. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
