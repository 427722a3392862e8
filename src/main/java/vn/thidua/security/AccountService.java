package vn.thidua.security;

import vn.thidua.shared.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.organisation.Unit;
import vn.thidua.shared.RuleViolation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Accounts of chairs, vice-chairs, staff and leaders. Staff manage accounts of units in their subtree and may not
 * create administrators or reach accounts outside their scope; everyone changes their own password.
 */
@RetryOnConflict
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final char[] TEMP_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    private final PasswordHasher hasher = new PasswordHasher();
    private final PasswordPolicy policy = new PasswordPolicy();

    /** Creates an account with a temporary password (returned, shown once) that must be changed at first sign-in. */
    @Transactional
    public String create(Actor actor, String username, String fullName, String positionTitle, Role role, Long unitId) {
        return create(actor, username, fullName, positionTitle, role, unitId, null);
    }

    /** As above, with the office a chair account signs pledges in (CHAIR, VICE_CHAIR or null). */
    @Transactional
    public String create(Actor actor, String username, String fullName, String positionTitle, Role role, Long unitId,
                         String office) {
        RuleViolation.require(role != null, "error.required", "role");
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        requireCanAssign(actor, role, unit);
        RuleViolation.require(Account.isValidUsername(username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT)),
                "account.error.badUsername");
        long taken = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", username.strip().toLowerCase(java.util.Locale.ROOT)).getSingleResult();
        RuleViolation.require(taken == 0, "account.error.usernameTaken", username);
        String temporary = temporaryPassword();
        Account account = new Account(username, fullName, positionTitle, role, unit, hasher.hash(temporary.toCharArray()));
        account.resetPassword(account.getPasswordHash());
        account.holdOffice(role == Role.CHAIR && office != null && !office.isBlank() ? office : null);
        em.persist(account);
        em.flush();
        LOG.info(() -> "account created by=" + actor.getUsername() + " account=" + account.getUsername() + " role=" + role
                + " unit=" + (unit == null ? "-" : unit.getCode()));
        return temporary;
    }

    /** Creates an account with a known password (demo data, bootstrap administrator). */
    @Transactional
    public Account createWithPassword(String username, String fullName, String positionTitle, Role role, Long unitId,
                                      String password, boolean mustChange) {
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        Account account = new Account(username, fullName, positionTitle, role, unit, hasher.hash(password.toCharArray()));
        if (mustChange) {
            account.resetPassword(account.getPasswordHash());
        }
        em.persist(account);
        em.flush();
        return account;
    }

    @Transactional
    public void edit(Actor actor, long accountId, String fullName, String positionTitle) {
        Account account = manageable(actor, accountId);
        account.describe(fullName, positionTitle);
        LOG.info(() -> "account edited by=" + actor.getUsername() + " account=" + account.getUsername());
    }

    /** Records the office a chair account signs pledges in for its unit: CHAIR, VICE_CHAIR, or null (does not sign). */
    @Transactional
    public void assignOffice(Actor actor, long accountId, String office) {
        Account account = manageable(actor, accountId);
        account.holdOffice(office == null || office.isBlank() ? null : office);
        LOG.info(() -> "account office set by=" + actor.getUsername() + " account=" + account.getUsername() + " office=" + office);
    }

    @Transactional
    public void disable(Actor actor, long accountId) {
        Account account = manageable(actor, accountId);
        RuleViolation.require(account.getId() != actor.getAccountId(), "account.error.disableSelf");
        account.disable();
        LOG.info(() -> "account disabled by=" + actor.getUsername() + " account=" + account.getUsername());
    }

    @Transactional
    public void enable(Actor actor, long accountId) {
        Account account = manageable(actor, accountId);
        account.enable();
        LOG.info(() -> "account enabled by=" + actor.getUsername() + " account=" + account.getUsername());
    }

    /**
     * Resets the password to a temporary one (returned, shown once) that must be changed at the next sign-in. Whoever
     * knew the old password may still hold a session or a token: the reset ends every session of the account and
     * revokes its tokens, and is recorded as a security event.
     */
    @Transactional
    public String resetPassword(Actor actor, long accountId) {
        Account account = manageable(actor, accountId);
        String temporary = temporaryPassword();
        account.resetPassword(hasher.hash(temporary.toCharArray()));
        account.endSessions();
        Instant now = Instant.now();
        int revoked = em.createQuery("UPDATE ApiToken t SET t.revokedAt = :now WHERE t.account = :a AND t.revokedAt IS NULL")
                .setParameter("now", now).setParameter("a", account).executeUpdate();
        em.persist(new SecurityEvent(now, SecurityEvent.PASSWORD_RESET, actor.getUsername(), account.getId(),
                "sessions ended; tokens revoked: " + revoked));
        LOG.info(() -> "password reset by=" + actor.getUsername() + " account=" + account.getUsername() + " tokensRevoked=" + revoked);
        return temporary;
    }

    /** Marks the demo data's accounts, so that they are refused once demo mode is off. */
    @Transactional
    public void markDemo(List<String> usernames) {
        em.createQuery("SELECT a FROM Account a WHERE a.username IN :u", Account.class).setParameter("u", usernames)
                .getResultList().forEach(Account::markDemo);
    }

    @Transactional
    public void changeOwnPassword(Actor actor, char[] current, char[] newPassword, char[] confirmation) {
        Account account = em.find(Account.class, actor.getAccountId());
        RuleViolation.require(account != null, "error.forbidden");
        RuleViolation.require(hasher.verify(current, account.getPasswordHash()), "password.error.currentWrong");
        RuleViolation.require(java.util.Arrays.equals(newPassword, confirmation), "password.error.mismatch");
        List<String> violations = policy.violations(account.getUsername(), newPassword);
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations.get(0), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
        RuleViolation.require(!hasher.verify(newPassword, account.getPasswordHash()), "password.error.sameAsOld");
        account.changePassword(hasher.hash(newPassword));
        LOG.info(() -> "password changed account=" + account.getUsername());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountView> list(Actor actor) {
        RuleViolation.require(actor.isAdmin() || actor.isStaff(), "error.forbidden");
        String scope = actor.isAdmin() ? "/" : actor.getUnitPath();
        return em.createQuery("SELECT NEW vn.thidua.security.AccountView(a.id, a.username, a.fullName, a.positionTitle, a.role,"
                        + " u.code, u.name, a.enabled, a.mustChangePassword, a.lastSignInAt, a.office)"
                        + " FROM Account a LEFT JOIN a.unit u"
                        + " WHERE (u.path LIKE :scope) OR (:admin = TRUE AND u IS NULL)"
                        + " ORDER BY u.path, a.username", AccountView.class)
                .setParameter("scope", vn.thidua.shared.Like.prefix(scope))
                .setParameter("admin", actor.isAdmin())
                .getResultList();
    }

    private Account manageable(Actor actor, long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new AccessDenied();
        }
        if (actor.isAdmin()) {
            return account;
        }
        if (!actor.isStaff() || account.getRole() == Role.ADMIN || account.getUnit() == null
                || !actor.canManage(account.getUnit().getPath())) {
            throw new AccessDenied();
        }
        return account;
    }

    private static void requireCanAssign(Actor actor, Role role, Unit unit) {
        if (actor.isAdmin()) {
            RuleViolation.require(role == Role.ADMIN || unit != null, "account.error.unitRequired");
            return;
        }
        if (!actor.isStaff() || role == Role.ADMIN) {
            throw new AccessDenied();
        }
        RuleViolation.require(unit != null, "account.error.unitRequired");
        if (!actor.canManage(unit.getPath())) {
            throw new AccessDenied();
        }
    }

    static String temporaryPassword() {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 14; i++) {
            b.append(TEMP_ALPHABET[RANDOM.nextInt(TEMP_ALPHABET.length)]);
        }
        return b.toString();
    }
}
