package vn.thidua.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether this instance can serve: the schema migrated, the persistence unit deployed (EclipseLink deploys it on
 * first use, which must not be a user's request) and Faces initialised. Readiness and the start-up gate read it.
 */
@ApplicationScoped
public class StartupState {

    @Inject
    DatabaseMigrations migrations;

    private volatile boolean persistenceReady;
    private volatile boolean facesReady;

    public void persistenceReady() {
        this.persistenceReady = true;
    }

    public void facesReady() {
        this.facesReady = true;
    }

    public boolean isPersistenceReady() {
        return persistenceReady;
    }

    public boolean isFacesReady() {
        return facesReady;
    }

    public boolean isReady() {
        return facesReady && persistenceReady && migrations.isMigrated();
    }
}
