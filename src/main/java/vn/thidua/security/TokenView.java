package vn.thidua.security;

import java.time.Instant;

/** A token as its owner sees it in the list: never the token itself. */
public final class TokenView {

    private final long id;
    private final String name;
    private final String prefix;
    private final Instant createdAt;
    private final Instant lastUsedAt;
    private final Instant revokedAt;
    /** Null: made before tokens expired (V5), valid until revoked. */
    private final Instant expiresAt;

    public TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                     Instant expiresAt) {
        this.expiresAt = expiresAt;
        this.id = id;
        this.name = name;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
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

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isExpired() {
        return expiresAt != null && !Instant.now().isBefore(expiresAt);
    }

    public boolean isActive() {
        return revokedAt == null && !isExpired();
    }
}
