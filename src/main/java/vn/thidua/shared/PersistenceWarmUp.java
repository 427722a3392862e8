package vn.thidua.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Deploys the persistence unit during start-up, after the migrations: EclipseLink otherwise logs in and builds its
 * descriptors on the first request that touches the database, which would then be slow or, under a crowd, fail.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class PersistenceWarmUp {

    @PersistenceContext
    EntityManager em;

    @Inject
    StartupState state;

    @PostConstruct
    void warmUp() {
        em.createNativeQuery("SELECT 1").getSingleResult();
        state.persistenceReady();
    }
}
