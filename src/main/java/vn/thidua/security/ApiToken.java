package vn.thidua.security;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.shared.InstantConverter;
import vn.thidua.shared.Names;
import vn.thidua.shared.RuleViolation;

import java.time.Instant;

/**
 * Mã truy cập API (personal API token). Rules: the token itself is shown once and only its SHA-256 is stored; it acts
 * with its account's role and scope; a revoked token (or one of a disabled account) is refused; revoking is final.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    @Convert(converter = InstantConverter.class)
    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Convert(converter = InstantConverter.class)
    @Convert(converter = InstantConverter.class)
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Convert(converter = InstantConverter.class)
    @Convert(converter = InstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Null only for tokens made before expiry existed (V5): they stay valid until revoked, as they were promised. */
    @Convert(converter = InstantConverter.class)
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ApiToken() {
    }

    public ApiToken(Account account, String name, String tokenHash, String tokenPrefix, Instant expiresAt) {
        this.account = account;
        this.name = Names.required(name, 100, "name");
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        RuleViolation.require(expiresAt != null && expiresAt.isAfter(createdAt), "token.error.expiry");
        this.expiresAt = expiresAt;
    }

    public void revoke(Instant at) {
        RuleViolation.require(revokedAt == null, "token.error.alreadyRevoked");
        this.revokedAt = at;
    }

    public void markUsed(Instant at) {
        this.lastUsedAt = at;
    }

    /** Not revoked, not expired, its account enabled. */
    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && account.isEnabled();
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
