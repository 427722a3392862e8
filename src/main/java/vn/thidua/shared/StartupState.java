package vn.thidua.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether this instance can serve: the schema migrated, the persistence unit deployed (EclipseLink deploys it on
 * first use, which must not be a user's request), the start-up data prepared (demo mode, the first administrator) and
 * Faces initialised; the database side runs beside Faces' initialisation ({@link DatabaseMigrations}). Readiness and the start-up gate read it.
 */
@ApplicationScoped
public class StartupState {

    @Inject
    DatabaseMigrations migrations;

    private volatile boolean persistenceReady;
    private volatile boolean facesReady;
    private volatile boolean dataReady;
    private volatile String failure;

    public void persistenceReady() {
        this.persistenceReady = true;
    }

    public void facesReady() {
        this.facesReady = true;
    }

    /** Everything that observes {@link SchemaMigrated} has run (the demo data, the first administrator). */
    public void dataReady() {
        this.dataReady = true;
    }

    /** Start-up failed on the database side: readiness stays down and says why. */
    public void failed(String why) {
        this.failure = why;
    }

    public boolean isDataReady() {
        return dataReady;
    }

    /** Why start-up failed, or null. */
    public String getFailure() {
        return failure;
    }

    public boolean isPersistenceReady() {
        return persistenceReady;
    }

    public boolean isFacesReady() {
        return facesReady;
    }

    public boolean isReady() {
        return facesReady && persistenceReady && dataReady && migrations.isMigrated();
    }
}
