package vn.thidua.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

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
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @PersistenceContext
    EntityManager em;

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
            valid = hasher.verify(password, account.getPasswordHash()) && account.isEnabled();
        }
        if (!valid) {
            throttle.recordFailure(name, address);
            LOG.info(() -> "sign-in failed account=" + name + " address=" + address);
            return SignInOutcome.failed();
        }
        throttle.recordSuccess(name, address);
        account.recordSignIn(Instant.now());
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.rehash(hasher.hash(password));
        }
        LOG.info(() -> "sign-in ok account=" + name + " role=" + account.getRole());
        return SignInOutcome.ok(account.toActor(), account.isMustChangePassword());
    }

    /** The actor behind a signed-in session, or null when the account was disabled or removed since. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Actor activeActor(long accountId) {
        List<Account> found = em.createQuery(
                        "SELECT a FROM Account a LEFT JOIN FETCH a.unit WHERE a.id = :id AND a.enabled = TRUE", Account.class)
                .setParameter("id", accountId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0).toActor();
    }
}
