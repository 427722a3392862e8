package vn.thidua.pledge;

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
import vn.thidua.award.Award;
import vn.thidua.award.AwardKind;
import vn.thidua.organisation.Unit;
import vn.thidua.shared.InstantConverter;
import vn.thidua.shared.RuleViolation;

import java.time.Instant;

/**
 * Đăng ký thi đua: the emulation title and the commendation a member unit aims for, given with its first signature of
 * a version (online or on paper). One per version and unit; the year-end review reads it.
 */
@Entity
@Table(name = "pledge_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", updatable = false)
    private PledgeVersion version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "title_award_id", updatable = false)
    private Award title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commendation_award_id", updatable = false)
    private Award commendation;

    @Column(name = "registered_by_account_id", updatable = false)
    private Long registeredBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected Registration() {
    }

    public Registration(PledgeVersion version, Unit unit, Award title, Award commendation, Long registeredBy, Instant at) {
        RuleViolation.require(title != null || commendation != null, "registration.error.required");
        RuleViolation.require(title == null || (title.getKind() == AwardKind.TITLE && title.isActive()), "registration.error.badTitle");
        RuleViolation.require(commendation == null || (commendation.getKind() == AwardKind.COMMENDATION && commendation.isActive()),
                "registration.error.badCommendation");
        this.version = version;
        this.unit = unit;
        this.title = title;
        this.commendation = commendation;
        this.registeredBy = registeredBy;
        this.registeredAt = at;
    }

    public Unit getUnit() {
        return unit;
    }

    public Award getTitle() {
        return title;
    }

    public Award getCommendation() {
        return commendation;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
