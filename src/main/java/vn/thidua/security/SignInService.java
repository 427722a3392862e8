package vn.thidua.security;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.shared.RetryOnConflict;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.thidua.shared.AppConfig;
import vn.thidua.shared.InstantConverter;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Checks a username and password, throttling failures per account and per client address (Jakarta Security has no
 * throttling of its own). Unknown account, wrong password and disabled account give the same outcome and take the same
 * time, so that nobody can learn which accounts exist.
 */
@RetryOnConflict
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AppConfig config;

    private static final InstantConverter TIME = new InstantConverter();

    private final PasswordHasher hasher = new PasswordHasher();
    private final LoginThrottle throttle = new LoginThrottle();

    @Transactional
    public SignInOutcome signIn(String username, char[] password, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (throttle.isBlocked(name, address)) {
            Duration wait = throttle.retryAfter(name, address);
            LOG.info(() -> "sign-in throttled account=" + name + " address=" + address);
            return SignInOutcome.throttled((wait.toSeconds() + 59) / 60);
        }
        List<Account> found = em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.unit WHERE a.username = :u", Account.class)
                .setParameter("u", name)
                .getResultList();
        Account account = found.isEmpty() ? null : found.get(0);
        boolean valid;
        if (account == null) {
            hasher.dummyVerify(password);
            valid = false;
        } else {
            valid = hasher.verify(password, account.getPasswordHash()) && account.isEnabled()
                    // the demo's accounts have a published password: refused once demo mode is off
                    && (!account.isDemo() || config.isDemo());
        }
        if (!valid) {
            throttle.recordFailure(name, address);
            LOG.info(() -> "sign-in failed account=" + name + " address=" + address);
            return SignInOutcome.failed();
        }
        throttle.recordSuccess(name, address);
        // Bookkeeping, not an edit of the account: written past the entity's @Version, so that two sign-ins of one
        // account at the same moment (a double click, a phone and a computer, a shared account) never conflict.
        Timestamp now = TIME.convertToDatabaseColumn(Instant.now());
        em.createNativeQuery("UPDATE account SET last_sign_in_at = ? WHERE id = ?")
                .setParameter(1, now).setParameter(2, account.getId()).executeUpdate();
        if (hasher.needsRehash(account.getPasswordHash())) {
            // only if nobody changed the password meanwhile; a concurrent rehash of the same password is as good
            em.createNativeQuery("UPDATE account SET password_hash = ? WHERE id = ? AND password_hash = ?")
                    .setParameter(1, hasher.hash(password)).setParameter(2, account.getId())
                    .setParameter(3, account.getPasswordHash()).executeUpdate();
        }
        LOG.info(() -> "sign-in ok account=" + name + " role=" + account.getRole());
        return SignInOutcome.ok(account.toActor(), account.isMustChangePassword(), account.getSessionEpoch());
    }

    /**
     * The actor behind a signed-in session, or null when the session has ended: the account was disabled or removed,
     * its password was reset since the session signed in (another epoch), or it is a demo account outside demo mode.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Actor activeActor(long accountId, int sessionEpoch) {
        List<Account> found = em.createQuery(
                        "SELECT a FROM Account a LEFT JOIN FETCH a.unit WHERE a.id = :id AND a.enabled = TRUE", Account.class)
                .setParameter("id", accountId)
                .getResultList();
        if (found.isEmpty() || found.get(0).getSessionEpoch() != sessionEpoch || (found.get(0).isDemo() && !config.isDemo())) {
            return null;
        }
        return found.get(0).toActor();
    }
}
