package vn.thidua.campaign;

import jakarta.persistence.Column;
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
import jakarta.persistence.Version;
import vn.thidua.organisation.Unit;
import vn.thidua.shared.Names;
import vn.thidua.shared.RuleViolation;

import java.time.LocalDate;

/**
 * Phong trào / kế hoạch thi đua (campaign) of an organiser unit for one year. Rules: the period lies in a sane range
 * and starts before it ends; it moves Draft → Launched → Closed and never back; once closed its clusters and their
 * membership are frozen.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organiser_unit_id", updatable = false)
    private Unit organiser;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "copied_from_id", updatable = false)
    private Campaign copiedFrom;

    @jakarta.persistence.Convert(converter = vn.thidua.shared.InstantConverter.class)
    @Column(name = "results_published_at")
    private java.time.Instant resultsPublishedAt;

    /** The scoring-sheet area whose score breaks ranking ties (after targets met); an id, so campaign does not
     * depend on the review package. */
    @Column(name = "tie_break_criterion_id")
    private Long tieBreakCriterionId;

    @Version
    private long version;

    protected Campaign() {
    }

    public Campaign(Unit organiser, int year, String name, LocalDate startsOn, LocalDate endsOn) {
        RuleViolation.require(organiser != null, "error.required", "organiser");
        this.organiser = organiser;
        setDetails(year, name, startsOn, endsOn);
    }

    /** Next year's campaign of the same organiser: the year in the name moves on, the period moves by a year. */
    public Campaign copyForNextYear() {
        int next = year + 1;
        String nextName = name.contains(String.valueOf(year)) ? name.replace(String.valueOf(year), String.valueOf(next))
                : name + " " + next;
        Campaign copy = new Campaign(organiser, next, nextName, startsOn.plusYears(1), endsOn.plusYears(1));
        copy.copiedFrom = this;
        return copy;
    }

    public void edit(int newYear, String newName, LocalDate newStart, LocalDate newEnd) {
        requireOpen();
        setDetails(newYear, newName, newStart, newEnd);
    }

    private void setDetails(int newYear, String newName, LocalDate newStart, LocalDate newEnd) {
        RuleViolation.require(newYear >= MIN_YEAR && newYear <= MAX_YEAR, "campaign.error.year",
                String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        RuleViolation.require(newStart != null && newEnd != null, "campaign.error.period");
        RuleViolation.require(!newEnd.isBefore(newStart), "campaign.error.period");
        this.year = newYear;
        this.name = Names.required(newName, 200, "name");
        this.startsOn = newStart;
        this.endsOn = newEnd;
    }

    public void launch() {
        RuleViolation.require(status == CampaignStatus.DRAFT, "campaign.error.notDraft");
        status = CampaignStatus.LAUNCHED;
    }

    public void close() {
        RuleViolation.require(status == CampaignStatus.LAUNCHED, "campaign.error.notLaunched");
        status = CampaignStatus.CLOSED;
    }

    public boolean isClosed() {
        return status == CampaignStatus.CLOSED;
    }

    /** Clusters and membership may change only while the campaign is not closed. */
    public void requireOpen() {
        RuleViolation.require(!isClosed(), "campaign.error.closed");
    }

    /** Staff publish the year-end results: from then on nothing in them changes. */
    public void publishResults(java.time.Instant at) {
        vn.thidua.shared.AlreadyDone.unlessAlready(resultsPublishedAt != null, "results.done.published");
        this.resultsPublishedAt = at;
    }

    public java.time.Instant getResultsPublishedAt() {
        return resultsPublishedAt;
    }

    public Long getId() {
        return id;
    }

    public Unit getOrganiser() {
        return organiser;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Campaign getCopiedFrom() {
        return copiedFrom;
    }

    public Long getTieBreakCriterionId() {
        return tieBreakCriterionId;
    }

    /** Chooses the area whose score breaks ties in the year-end ranking (null: none). */
    public void chooseTieBreakArea(Long criterionId) {
        requireOpen();
        this.tieBreakCriterionId = criterionId;
    }
}
