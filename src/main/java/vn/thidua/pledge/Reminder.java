package vn.thidua.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.shared.InstantConverter;

import java.time.Instant;

/** Nhắc ký: an in-app reminder to a member unit that has not signed yet; shown on its chairs' home page. */
@Entity
@Table(name = "pledge_reminder")
public class Reminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "sent_by", nullable = false, updatable = false, length = 200)
    private String sentBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected Reminder() {
    }

    public Reminder(long versionId, long unitId, String sentBy, Instant at) {
        this.versionId = versionId;
        this.unitId = unitId;
        this.sentBy = sentBy;
        this.sentAt = at;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
