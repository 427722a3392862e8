package vn.thidua.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.Sha256;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A single-use link that verifies one address of one account. Rules: the token is 32 random bytes (base64url) that
 * exist only in the e-mail; the database keeps their SHA-256, so a read of the table verifies nothing; it expires
 * {@link #LIFETIME} after it was issued; it is used once; it verifies only the address it was sent to, for the account
 * it was sent to.
 */
@Entity
@Table(name = "notification_email_token")
public class EmailToken {

    public static final Duration LIFETIME = Duration.ofHours(48);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = Contact.EMAIL_MAX)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected EmailToken() {
    }

    /** A new token and the entity keeping its hash; the token goes into the e-mail and nowhere else. */
    public record Issued(String token, EmailToken entity) {
    }

    public static Issued issue(long accountId, String email, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        EmailToken t = new EmailToken();
        t.accountId = accountId;
        t.tokenHash = hash(token);
        t.email = email;
        t.createdAt = now;
        t.expiresAt = now.plus(LIFETIME);
        return new Issued(token, t);
    }

    /** The stored form of a token as typed in a link (trimmed); a malformed one hashes to nothing stored. */
    public static String hash(String token) {
        return Sha256.hex(token == null ? "" : token.trim());
    }

    /** Uses the token for this account: refused when it is someone else's, used already or expired. */
    public String use(long byAccount, Instant now) {
        RuleViolation.require(accountId == byAccount, "contact.verify.invalid");
        RuleViolation.require(usedAt == null, "contact.verify.used");
        RuleViolation.require(now.isBefore(expiresAt), "contact.verify.expired");
        usedAt = now;
        return email;
    }

    /** A newer link replaces this one: it can no longer be used. */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    String getTokenHash() {
        return tokenHash;
    }
}
