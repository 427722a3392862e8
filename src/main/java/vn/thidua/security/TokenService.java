package vn.thidua.security;

import vn.thidua.shared.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.shared.AppConfig;
import vn.thidua.shared.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Personal API tokens: created by their owner, shown once, stored as a hash, revoked by the owner (or an admin). */
@RetryOnConflict
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());
    private static final int MAX_ACTIVE_TOKENS = 20;

    @PersistenceContext
    EntityManager em;

    /** How long a new token may be valid, in days: the owner chooses one when creating it. */
    public static final List<Integer> VALIDITY_DAYS = List.of(30, 90, 180, 365);

    /** A demo token (documented in the README) is refused unless demo mode is on. */
    static final String DEMO_PREFIX = "demo-";

    @Inject
    AppConfig config;

    /** A token just made: its clear text (the only time anyone sees it) and when it expires. */
    public record NewToken(String token, Instant expiresAt) {
    }

    /** Who a bearer token stands for, and whether its account must change its password first. */
    public record Caller(Actor actor, boolean mustChangePassword) {
    }

    /** Creates a token valid for one of {@link #VALIDITY_DAYS}. */
    @Transactional
    public NewToken create(Actor actor, String name, int validDays) {
        RuleViolation.require(VALIDITY_DAYS.contains(validDays), "token.error.expiry");
        Account account = em.find(Account.class, actor.getAccountId());
        RuleViolation.require(account != null && account.isEnabled(), "error.forbidden");
        long active = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.account = :a AND t.revokedAt IS NULL", Long.class)
                .setParameter("a", account).getSingleResult();
        RuleViolation.require(active < MAX_ACTIVE_TOKENS, "token.error.tooMany", MAX_ACTIVE_TOKENS);
        String token = ApiTokens.newToken();
        Instant expiresAt = Instant.now().plus(Duration.ofDays(validDays));
        em.persist(new ApiToken(account, name, ApiTokens.hash(token), ApiTokens.prefix(token), expiresAt));
        LOG.info(() -> "token created account=" + actor.getUsername() + " days=" + validDays);
        return new NewToken(token, expiresAt);
    }

    /** Stores a token with a known text (demo mode gives each demo account a documented token). */
    @Transactional
    public void createKnown(long accountId, String name, String token) {
        Account account = em.find(Account.class, accountId);
        em.persist(new ApiToken(account, name, ApiTokens.hash(token), ApiTokens.prefix(token),
                Instant.now().plus(Duration.ofDays(VALIDITY_DAYS.get(VALIDITY_DAYS.size() - 1)))));
    }

    @Transactional
    public void revoke(Actor actor, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !(actor.isAdmin() || token.getAccount().getId() == actor.getAccountId())) {
            throw new AccessDenied();
        }
        token.revoke(Instant.now());
        LOG.info(() -> "token revoked account=" + actor.getUsername() + " token=" + tokenId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TokenView> list(Actor actor) {
        return em.createQuery("SELECT NEW vn.thidua.security.TokenView(t.id, t.name, t.tokenPrefix, t.createdAt, t.lastUsedAt, t.revokedAt, t.expiresAt)"
                        + " FROM ApiToken t WHERE t.account.id = :a ORDER BY t.createdAt DESC", TokenView.class)
                .setParameter("a", actor.getAccountId())
                .getResultList();
    }

    /**
     * Who a bearer token stands for, if the token is known, not revoked, not expired and its account enabled; demo
     * tokens and demo accounts only in demo mode.
     */
    @Transactional
    public Optional<Caller> authenticate(String token) {
        if (!ApiTokens.looksLikeToken(token) || (token.startsWith(DEMO_PREFIX) && !config.isDemo())) {
            return Optional.empty();
        }
        List<ApiToken> found = em.createQuery(
                        "SELECT t FROM ApiToken t JOIN FETCH t.account a LEFT JOIN FETCH a.unit WHERE t.tokenHash = :h", ApiToken.class)
                .setParameter("h", ApiTokens.hash(token))
                .getResultList();
        Instant now = Instant.now();
        if (found.isEmpty() || !found.get(0).isActive(now) || (found.get(0).getAccount().isDemo() && !config.isDemo())) {
            return Optional.empty();
        }
        ApiToken t = found.get(0);
        // Written at most once a minute: an integration polling the API must not turn every read into a write.
        if (t.getLastUsedAt() == null || Duration.between(t.getLastUsedAt(), now).toMinutes() >= 1) {
            t.markUsed(now);
        }
        return Optional.of(new Caller(t.getAccount().toActor(), t.getAccount().isMustChangePassword()));
    }
}
