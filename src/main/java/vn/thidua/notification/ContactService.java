package vn.thidua.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.security.Account;
import vn.thidua.security.Actor;
import vn.thidua.shared.RetryOnConflict;
import vn.thidua.shared.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A person's own contact details and preferences (each person edits only their own), and the verification of their
 * address: a new address gets a single-use link (the only message an unverified address receives), queued in the
 * same transaction as the change; opening it, signed in as that person, verifies the address.
 */
@RetryOnConflict
@ApplicationScoped
public class ContactService {

    private static final Logger LOG = Logger.getLogger(ContactService.class.getName());
    /** A second link for the same address is refused this soon after the first (a mailbox is not flooded). */
    static final Duration RESEND_AFTER = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    public Contact of(Actor actor) {
        Contact c = em.find(Contact.class, actor.getAccountId());
        return c == null ? new Contact(actor.getAccountId()) : c;
    }

    @Transactional
    public void change(Actor actor, String email, String phone, boolean wantsEmail, String language) {
        change(actor, email, phone, wantsEmail, language, null);
    }

    /** Changes the details and, when {@code muted} is given, the topics turned off. */
    @Transactional
    public void change(Actor actor, String email, String phone, boolean wantsEmail, String language, Set<Topic> muted) {
        Contact c = em.find(Contact.class, actor.getAccountId(), LockModeType.PESSIMISTIC_WRITE);
        boolean created = c == null;
        if (created) {
            c = new Contact(actor.getAccountId());
        }
        boolean newAddress = c.change(email, phone, wantsEmail, language);
        if (muted != null) {
            c.mute(muted);
        }
        if (created) {
            em.persist(c);
        }
        if (newAddress) {
            sendLink(actor, c, Instant.now());
        }
    }

    /** Sends a fresh link for the current, unverified address (the older links stop working). */
    @Transactional
    public void resendVerification(Actor actor) {
        Contact c = em.find(Contact.class, actor.getAccountId(), LockModeType.PESSIMISTIC_WRITE);
        RuleViolation.require(c != null && c.getEmail() != null, "contact.verify.noAddress");
        RuleViolation.require(!c.isEmailVerified(), "contact.verify.already");
        Instant now = Instant.now();
        Instant last = em.createQuery("SELECT MAX(t.createdAt) FROM EmailToken t WHERE t.accountId = :a", Instant.class)
                .setParameter("a", actor.getAccountId()).getSingleResult();
        RuleViolation.require(last == null || last.plus(RESEND_AFTER).isBefore(now), "contact.verify.tooSoon");
        sendLink(actor, c, now);
    }

    /**
     * Opens a link: the token must be this person's, unused, unexpired, and for the address they have now. Returns
     * the verified address.
     */
    @Transactional
    public String verify(Actor actor, String token) {
        EmailToken t = em.createQuery("SELECT t FROM EmailToken t WHERE t.tokenHash = :h", EmailToken.class)
                .setParameter("h", EmailToken.hash(token)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        RuleViolation.require(token != null && !token.isBlank() && t != null, "contact.verify.invalid");
        Contact c = em.find(Contact.class, actor.getAccountId(), LockModeType.PESSIMISTIC_WRITE);
        RuleViolation.require(c != null, "contact.verify.invalid");
        String address = t.use(actor.getAccountId(), Instant.now());
        c.verify(address);
        LOG.info(() -> "contact address verified account=" + actor.getAccountId());
        return address;
    }

    private void sendLink(Actor actor, Contact c, Instant now) {
        em.createQuery("SELECT t FROM EmailToken t WHERE t.accountId = :a AND t.usedAt IS NULL", EmailToken.class)
                .setParameter("a", actor.getAccountId()).getResultList().forEach(t -> t.withdraw(now));
        EmailToken.Issued issued = EmailToken.issue(actor.getAccountId(), c.getEmail(), now);
        em.persist(issued.entity());
        em.flush();
        Account account = em.find(Account.class, actor.getAccountId());
        String name = account == null ? actor.getUsername() : account.getFullName();
        String link = outbox.link("/notification/verify-email.xhtml?token=" + issued.token());
        MessageText.Text text = MessageText.of(ReminderKind.VERIFY_EMAIL, c.getLanguage(), name, c.getEmail(), "",
                String.valueOf(EmailToken.LIFETIME.toHours()), link);
        outbox.queue(ReminderKind.VERIFY_EMAIL, actor.getAccountId(), c.getEmail(), text,
                "VERIFY_EMAIL:" + actor.getAccountId() + ":" + issued.entity().getId());
    }
}
