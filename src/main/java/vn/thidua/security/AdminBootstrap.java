package vn.thidua.security;

import jakarta.annotation.Priority;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.thidua.shared.AppConfig;
import vn.thidua.shared.SchemaMigrated;

import java.util.logging.Logger;

/**
 * No default accounts outside demo mode: the first administrator, "admin", is created only when the operator sets
 * THIDUA_BOOTSTRAP_ADMIN_PASSWORD and no administrator exists yet; it must change that password at first sign-in.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    AppConfig config;

    @Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    /** At start-up, once the schema is migrated and after the demo data (whose administrator counts). */
    public void bootstrap(@Observes @Priority(SchemaMigrated.BOOTSTRAP_ADMIN) SchemaMigrated migrated) {
        config.getBootstrapAdminPassword().ifPresent(password -> {
            long admins = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :r", Long.class)
                    .setParameter("r", Role.ADMIN).getSingleResult();
            long taken = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.username = 'admin'", Long.class).getSingleResult();
            if (admins == 0 && taken == 0) {
                // the first administrator's password, although temporary, obeys the same policy as every other
                java.util.List<String> violations = new PasswordPolicy().violations("admin", password.toCharArray());
                if (!violations.isEmpty()) {
                    LOG.severe(() -> "THIDUA_BOOTSTRAP_ADMIN_PASSWORD refused by the password policy (" + violations
                            + "): no administrator created; set a longer password and restart");
                    return;
                }
                accounts.createWithPassword("admin", "Quản trị hệ thống", "Quản trị viên", Role.ADMIN, null, password, true);
                LOG.info("Bootstrap administrator 'admin' created; it must change its password at first sign-in");
            }
        });
    }
}
