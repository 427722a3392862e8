package vn.thidua.security;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.shared.RetryOnConflict;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.thidua.shared.AppConfig;

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

    @Inject
    SignInRecord record;

    private final PasswordHasher hasher = new PasswordHasher();
    private final LoginThrottle throttle = new LoginThrottle();

    /**
     * Outside any transaction: the account is read, then the password hashed (PBKDF2, about 180 ms of CPU) while no
     * database connection is held, so that a crowd signing in at a conference does not drain the pool; a success is
     * then recorded in a short transaction of its own ({@link SignInRecord}).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
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
        record.signedIn(account.getId(), Instant.now(), account.getPasswordHash(),
                hasher.needsRehash(account.getPasswordHash()) ? hasher.hash(password) : null);
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
