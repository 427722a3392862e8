package vn.thidua.shared;

import jakarta.annotation.Priority;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Deploys the persistence unit during start-up, once the schema is migrated ({@link SchemaMigrated}): EclipseLink otherwise logs in and builds its
 * descriptors on the first request that touches the database, which would then be slow or, under a crowd, fail.
 */
@Singleton
public class PersistenceWarmUp {

    @PersistenceContext
    EntityManager em;

    @Inject
    StartupState state;

    public void warmUp(@Observes @Priority(SchemaMigrated.PERSISTENCE) SchemaMigrated migrated) {
        em.createNativeQuery("SELECT 1").getSingleResult();
        state.persistenceReady();
    }
}
