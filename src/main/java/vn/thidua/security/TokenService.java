package vn.thidua.security;

import vn.thidua.shared.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

    /** Creates a token and returns its clear text: the only time anyone sees it. */
    @Transactional
    public String create(Actor actor, String name) {
        Account account = em.find(Account.class, actor.getAccountId());
        RuleViolation.require(account != null && account.isEnabled(), "error.forbidden");
        long active = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.account = :a AND t.revokedAt IS NULL", Long.class)
                .setParameter("a", account).getSingleResult();
        RuleViolation.require(active < MAX_ACTIVE_TOKENS, "token.error.tooMany", MAX_ACTIVE_TOKENS);
        String token = ApiTokens.newToken();
        em.persist(new ApiToken(account, name, ApiTokens.hash(token), ApiTokens.prefix(token)));
        LOG.info(() -> "token created account=" + actor.getUsername());
        return token;
    }

    /** Stores a token with a known text (demo mode gives each demo account a documented token). */
    @Transactional
    public void createKnown(long accountId, String name, String token) {
        Account account = em.find(Account.class, accountId);
        em.persist(new ApiToken(account, name, ApiTokens.hash(token), ApiTokens.prefix(token)));
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
        return em.createQuery("SELECT NEW vn.thidua.security.TokenView(t.id, t.name, t.tokenPrefix, t.createdAt, t.lastUsedAt, t.revokedAt)"
                        + " FROM ApiToken t WHERE t.account.id = :a ORDER BY t.createdAt DESC", TokenView.class)
                .setParameter("a", actor.getAccountId())
                .getResultList();
    }

    /** The actor a bearer token stands for, if the token is known, not revoked and its account enabled. */
    @Transactional
    public Optional<Actor> authenticate(String token) {
        if (!ApiTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        List<ApiToken> found = em.createQuery(
                        "SELECT t FROM ApiToken t JOIN FETCH t.account a LEFT JOIN FETCH a.unit WHERE t.tokenHash = :h", ApiToken.class)
                .setParameter("h", ApiTokens.hash(token))
                .getResultList();
        if (found.isEmpty() || !found.get(0).isActive()) {
            return Optional.empty();
        }
        ApiToken t = found.get(0);
        Instant now = Instant.now();
        // Written at most once a minute: an integration polling the API must not turn every read into a write.
        if (t.getLastUsedAt() == null || Duration.between(t.getLastUsedAt(), now).toMinutes() >= 1) {
            t.markUsed(now);
        }
        return Optional.of(t.getAccount().toActor());
    }
}
