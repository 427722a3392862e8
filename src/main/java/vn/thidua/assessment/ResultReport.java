package vn.thidua.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.shared.InstantConverter;
import vn.thidua.shared.Names;
import vn.thidua.shared.AlreadyDone;
import vn.thidua.shared.RuleViolation;

import java.time.Instant;

/**
 * Báo cáo kết quả of one commune in a campaign: the workflow of its year-end results. Rules: the chair edits while
 * Draft or Returned and submits; the cluster leader or staff return a submitted report with a reason; staff accept it;
 * staff reopen an accepted report with a reason; once the campaign's results are published nothing moves.
 */
@Entity
@Table(name = "result_report")
public class ResultReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(length = 1000)
    private String reason;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ResultReport() {
    }

    public ResultReport(long campaignId, long unitId, String by, Instant at) {
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The chair's entries are accepted only while the report is theirs to edit. */
    public void requireEditableByChair() {
        RuleViolation.require(status == ReportStatus.DRAFT || status == ReportStatus.RETURNED, "results.error.notEditable");
    }

    public void submit(String by, Instant at) {
        AlreadyDone.unlessAlready(status == ReportStatus.SUBMITTED, "results.done.submitted");
        requireEditableByChair();
        move(ReportStatus.SUBMITTED, null, by, at);
    }

    public void returnWith(String why, String by, Instant at) {
        AlreadyDone.unlessAlready(status == ReportStatus.RETURNED, "results.done.returned");
        RuleViolation.require(status == ReportStatus.SUBMITTED, "results.error.notSubmitted");
        move(ReportStatus.RETURNED, Names.required(why, 1000, "reason"), by, at);
    }

    public void accept(String by, Instant at) {
        AlreadyDone.unlessAlready(status == ReportStatus.ACCEPTED, "results.done.accepted");
        RuleViolation.require(status == ReportStatus.SUBMITTED, "results.error.notSubmitted");
        move(ReportStatus.ACCEPTED, null, by, at);
    }

    public void reopen(String why, String by, Instant at) {
        RuleViolation.require(status == ReportStatus.ACCEPTED || status == ReportStatus.SUBMITTED, "results.error.notReopenable");
        move(ReportStatus.DRAFT, Names.required(why, 1000, "reason"), by, at);
    }

    private void move(ReportStatus next, String why, String by, Instant at) {
        this.status = next;
        this.reason = why;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getUnitId() {
        return unitId;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
