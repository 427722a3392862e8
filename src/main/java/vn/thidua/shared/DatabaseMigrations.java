package vn.thidua.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway before the first request; EclipseLink never generates tables.
 * Bean-managed transactions: Flyway runs its own.
 * <p>
 * Off the deployment thread (issue 16, a fast start): the migrations, then whatever observes {@link SchemaMigrated}
 * (the persistence unit's warm-up, the demo data, the first administrator), run on the managed executor while Payara
 * goes on to initialise the web module, Faces and PrimeFaces, which is CPU work while this mostly waits for MariaDB.
 * Until both are done {@link StartupState#isReady()} is false: readiness answers 503 and the service gate turns
 * requests away, as it did during start-up before. A failure is logged and named by readiness, which stays down.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Event<SchemaMigrated> schemaMigrated;

    @Inject
    StartupState state;

    private volatile boolean migrated;
    private volatile String schemaVersion;

    @PostConstruct
    void start() {
        executor.execute(this::migrateAndPrepare);
    }

    private void migrateAndPrepare() {
        long started = System.nanoTime();
        try {
            migrate();
            schemaMigrated.fire(new SchemaMigrated(schemaVersion));
            state.dataReady();
            LOG.info(() -> "Schema migrated and start-up data prepared in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Start-up failed: the database could not be migrated or prepared; this instance stays unready", e);
            state.failed(e.toString());
        }
    }

    private void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        migrated = true;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted + " migrations applied)");
    }

    public boolean isMigrated() {
        return migrated;
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }
}
