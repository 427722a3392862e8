package vn.thidua.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.thidua.shared.InstantConverter;
import vn.thidua.shared.RetryOnConflict;

import java.time.Instant;

/**
 * The bookkeeping of a successful sign-in, in a transaction of its own that starts after the password was checked:
 * the 180 ms of PBKDF2 hold no database connection and no transaction (see {@link SignInService}). Both writes go past
 * the entity's {@code @Version}: they are records of the sign-in, not edits of the account, so that two sign-ins of one
 * account at the same moment (a double click, a phone and a computer, a shared account) never conflict.
 */
@RetryOnConflict
@ApplicationScoped
public class SignInRecord {

    private static final InstantConverter TIME = new InstantConverter();

    @PersistenceContext
    EntityManager em;

    /**
     * Records the sign-in time and, when the stored hash used weaker parameters, the new hash — only if nobody changed
     * the password meanwhile (a concurrent rehash of the same password is as good).
     */
    @Transactional
    public void signedIn(long accountId, Instant at, String oldHash, String newHash) {
        em.createNativeQuery("UPDATE account SET last_sign_in_at = ? WHERE id = ?")
                .setParameter(1, TIME.convertToDatabaseColumn(at)).setParameter(2, accountId).executeUpdate();
        if (newHash != null) {
            em.createNativeQuery("UPDATE account SET password_hash = ? WHERE id = ? AND password_hash = ?")
                    .setParameter(1, newHash).setParameter(2, accountId).setParameter(3, oldHash).executeUpdate();
        }
    }
}
