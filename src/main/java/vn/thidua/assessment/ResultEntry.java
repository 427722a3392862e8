package vn.thidua.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.shared.CanonicalJson;
import vn.thidua.shared.InstantConverter;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Kết quả: one value of the year-end results. A rating (xếp loại) of a hamlet committee or commune committee, or the
 * figure of a target (an amount, two people counts, done or not) for a commune. Rules: one value per campaign, unit
 * and measure (a later entry replaces it); which fields are set depends on the measure's kind, checked by the service.
 */
@Entity
@Table(name = "result_entry")
public class ResultEntry {

    public static final String RATING = "rating";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "reporting_unit_id", nullable = false, updatable = false)
    private Long reportingUnitId;

    @Column(nullable = false, updatable = false, length = 41)
    private String measure;

    @Column(name = "level_code", length = 16)
    private String levelCode;

    @Column(precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "people_total")
    private Integer peopleTotal;

    @Column(name = "people_reached")
    private Integer peopleReached;

    private Boolean done;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Version
    private long version;

    protected ResultEntry() {
    }

    public ResultEntry(long campaignId, long unitId, long reportingUnitId, String measure) {
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.reportingUnitId = reportingUnitId;
        this.measure = measure;
    }

    /** Replaces the value with the given one (only the fields of its kind are set) and says who and when. */
    public void replaceWith(ResultValue value, String by, Instant at) {
        this.levelCode = value.getLevelCode();
        this.amount = value.getAmount();
        this.peopleTotal = value.getPeopleTotal();
        this.peopleReached = value.getPeopleReached();
        this.done = value.getDone();
        this.enteredBy = by;
        this.enteredAt = at;
    }

    public ResultValue value() {
        return new ResultValue(levelCode, amount, peopleTotal, peopleReached, done);
    }

    /** The value as the audit trail and the CSV write it. */
    public String describe() {
        return value().describe();
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getReportingUnitId() {
        return reportingUnitId;
    }

    public String getMeasure() {
        return measure;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : CanonicalJson.plain(value);
    }
}
