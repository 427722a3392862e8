package vn.thidua.review;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.award.Award;
import vn.thidua.award.AwardKind;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;
import vn.thidua.shared.InstantConverter;
import vn.thidua.shared.RuleViolation;

import java.time.Instant;

/**
 * Đề nghị khen thưởng: the cluster proposes a member unit for a title or a commendation. Made only when
 * {@link Eligibility} finds no reason against it (the service checks); at most one title and one commendation per
 * unit, which the database backs with a unique key.
 */
@Entity
@Table(name = "review_proposal")
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id", updatable = false)
    private Cluster cluster;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_id", updatable = false)
    private Award award;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_kind", nullable = false, updatable = false, length = 16)
    private AwardKind awardKind;

    @Column(length = 1000, updatable = false)
    private String reason;

    @Column(name = "proposed_by", nullable = false, updatable = false, length = 64)
    private String proposedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    protected Proposal() {
    }

    public Proposal(Cluster cluster, Unit unit, Award award, String reason, String by, Instant at) {
        RuleViolation.require(cluster.isMember(unit), "cluster.error.notMember", unit.getName());
        RuleViolation.require(award.isActive(), "review.proposal.error.awardInactive");
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        RuleViolation.require(why == null || why.length() <= 1000, "review.proposal.error.reasonTooLong");
        this.cluster = cluster;
        this.unit = unit;
        this.award = award;
        this.awardKind = award.getKind();
        this.reason = why;
        this.proposedBy = by;
        this.proposedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public Unit getUnit() {
        return unit;
    }

    public Award getAward() {
        return award;
    }

    public String getReason() {
        return reason;
    }
}
