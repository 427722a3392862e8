package vn.thidua.notification;

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
import vn.thidua.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline (hạn chót) of one step of a campaign, for the whole campaign or overriding it for one cluster. Rules:
 * a step and a date are required; the date is not before the campaign starts (a deadline before the year began would
 * make everyone overdue at once); who set it and when is kept.
 */
@Entity
@Table(name = "notification_deadline")
public class Deadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Column(name = "cluster_id", updatable = false)
    private Long clusterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Step step;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "set_by", nullable = false, length = 200)
    private String setBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected Deadline() {
    }

    public Deadline(long campaignId, Long clusterId, Step step, LocalDate dueOn, LocalDate campaignStartsOn,
                    String setBy, Instant at) {
        RuleViolation.require(step != null, "error.required", "step");
        this.campaignId = campaignId;
        this.clusterId = clusterId;
        this.step = step;
        moveTo(dueOn, campaignStartsOn, setBy, at);
    }

    /** Sets a new date, with the same rule as a new deadline. */
    public final void moveTo(LocalDate newDueOn, LocalDate campaignStartsOn, String by, Instant at) {
        RuleViolation.require(newDueOn != null, "error.required", "dueOn");
        RuleViolation.require(campaignStartsOn == null || !newDueOn.isBefore(campaignStartsOn), "deadline.error.beforeCampaign");
        this.dueOn = newDueOn;
        this.setBy = by;
        this.setAt = at;
    }

    /** Days late on {@code today} (0 on the day itself and before it). */
    public long daysLate(LocalDate today) {
        return Deadlines.daysLate(dueOn, today);
    }

    public boolean isClusterOverride() {
        return clusterId != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getClusterId() {
        return clusterId;
    }

    public Step getStep() {
        return step;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
