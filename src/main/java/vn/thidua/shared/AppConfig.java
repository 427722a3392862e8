package vn.thidua.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Settings read through MicroProfile Config: META-INF/microprofile-config.properties, overridden by the environment. */
@ApplicationScoped
public class AppConfig {

    @Inject
    @ConfigProperty(name = "thidua.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "thidua.bootstrap.admin.password")
    Optional<String> bootstrapAdminPassword;

    /** The address the public reaches the application at (the QR on signed documents points there). */
    @Inject
    @ConfigProperty(name = "thidua.public.url")
    Optional<String> publicUrl;

    /** The reverse proxies (addresses, comma-separated) whose X-Forwarded-For and X-Forwarded-Proto are believed. */
    @Inject
    @ConfigProperty(name = "thidua.trustedProxies")
    Optional<String> trustedProxies;

    public String getTrustedProxies() {
        return trustedProxies.orElse("");
    }

    public Optional<String> getPublicUrl() {
        return publicUrl.filter(p -> !p.isBlank());
    }

    public boolean isDemo() {
        return demo;
    }

    public Optional<String> getBootstrapAdminPassword() {
        return bootstrapAdminPassword.filter(p -> !p.isBlank());
    }
}
