package vn.thidua.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.shared.CanonicalJson;
import vn.thidua.shared.InstantConverter;
import vn.thidua.shared.Sha256;

import java.time.Instant;

/**
 * An entry of a pledge's audit log (nhật ký). Rules: append-only (no setters, columns not updatable); numbered from 1
 * per pledge without gaps; each entry's hash covers its own fields and the previous entry's hash, so altering,
 * removing or reordering any entry breaks the chain from there on ({@link AuditChain}).
 */
@Entity
@Table(name = "pledge_event")
public class PledgeEvent {

    /** The "previous hash" of a pledge's first entry. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pledge_id", nullable = false, updatable = false)
    private Long pledgeId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 24)
    private PledgeEventType type;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
    private String actorName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String details;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected PledgeEvent() {
    }

    /** The entry that follows {@code previous} (null for the first one). */
    public PledgeEvent(long pledgeId, PledgeEvent previous, int versionNumber, PledgeEventType type, Long actorAccountId,
                       String actorName, Instant at, String details) {
        this.pledgeId = pledgeId;
        this.seq = previous == null ? 1 : previous.seq + 1;
        this.prevHash = previous == null ? GENESIS : previous.hash;
        this.versionNumber = versionNumber;
        this.type = type;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.occurredAt = at;
        this.details = details;
        this.hash = computeHash();
    }

    /** The hash this entry should have given its fields; differs from {@link #getHash()} when the row was altered. */
    public String computeHash() {
        return Sha256.hex(new CanonicalJson().beginObject()
                .field("pledge", pledgeId)
                .field("seq", seq)
                .field("version", versionNumber)
                .field("type", type.name())
                .field("actor", actorAccountId == null ? 0 : actorAccountId)
                .field("actorName", actorName)
                .field("at", occurredAt.toEpochMilli())
                .field("details", details)
                .field("prev", prevHash)
                .endObject().toString());
    }

    /** The value of one {@code key=value} pair of the details (they are written by the service as key=value lines). */
    public String detail(String key) {
        for (String line : details.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).equals(key)) {
                return line.substring(eq + 1);
            }
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public long getPledgeId() {
        return pledgeId;
    }

    public int getSeq() {
        return seq;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public PledgeEventType getType() {
        return type;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetails() {
        return details;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
