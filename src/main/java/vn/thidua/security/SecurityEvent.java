package vn.thidua.security;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.shared.InstantConverter;

import java.time.Instant;

/**
 * A security event kept in the database (not only in the server log): who reset whose password, when, and what it
 * ended. Written once, never changed.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public static final String PASSWORD_RESET = "PASSWORD_RESET";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 40)
    private String kind;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(updatable = false, length = 500)
    private String detail;

    protected SecurityEvent() {
    }

    public SecurityEvent(Instant at, String kind, String actor, Long accountId, String detail) {
        this.at = at;
        this.kind = kind;
        this.actor = actor;
        this.accountId = accountId;
        this.detail = detail;
    }

    public String getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getAt() {
        return at;
    }
}
