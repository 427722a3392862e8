package vn.thidua.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;

/**
 * MicroProfile Health: ready when the database answers, the migrations have run and JPA and Faces are initialised
 * ({@link StartupState}); live while the JVM serves.
 */
public final class HealthChecks {

    private HealthChecks() {
    }

    @Readiness
    @ApplicationScoped
    public static class DatabaseReady implements HealthCheck {

        @Resource(lookup = DataSourceConfig.JNDI_NAME)
        DataSource dataSource;

        @Inject
        DatabaseMigrations migrations;

        @Inject
        StartupState state;

        @Override
        public HealthCheckResponse call() {
            boolean up;
            try (Connection c = dataSource.getConnection()) {
                // Ready to serve: the database answers, the schema is migrated, JPA and Faces are initialised.
                up = c.isValid(2) && migrations.isMigrated() && state.isReady();
            } catch (Exception e) {
                up = false;
            }
            return HealthCheckResponse.named("database")
                    .status(up)
                    .withData("schema", String.valueOf(migrations.getSchemaVersion()))
                    .withData("persistence", state.isPersistenceReady())
                    .withData("faces", state.isFacesReady())
                    .withData("data", state.isDataReady())
                    .withData("failure", state.getFailure() == null ? "" : state.getFailure())
                    .build();
        }
    }

    @Liveness
    @ApplicationScoped
    public static class Alive implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.up("thidua");
        }
    }
}
