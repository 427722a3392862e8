package vn.thidua.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.shared.InstantConverter;

import java.time.Instant;

/** An audited change of the results: who, when, which unit and measure, old → new value (or a workflow step). */
@Entity
@Table(name = "result_change")
public class ResultChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Column(name = "reporting_unit_id", nullable = false, updatable = false)
    private Long reportingUnitId;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Column(nullable = false, updatable = false, length = 41)
    private String measure;

    @Column(name = "old_value", updatable = false, length = 120)
    private String oldValue;

    @Column(name = "new_value", updatable = false, length = 120)
    private String newValue;

    @Column(updatable = false, length = 1000)
    private String reason;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
    private String changedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    ResultSheet.ChangeRow toRow() {
        ResultSheet.ChangeRow row = new ResultSheet.ChangeRow();
        row.at = vn.thidua.shared.VietnamTime.format(changedAt);
        row.by = changedBy;
        row.what = measure;
        row.oldValue = oldValue;
        row.newValue = newValue;
        row.reason = reason;
        return row;
    }

    public Long getUnitId() {
        return unitId;
    }

    protected ResultChange() {
    }

    public ResultChange(long campaignId, long reportingUnitId, Long unitId, String measure, String oldValue, String newValue,
                        String reason, String by, Instant at) {
        this.campaignId = campaignId;
        this.reportingUnitId = reportingUnitId;
        this.unitId = unitId;
        this.measure = measure;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
        this.changedBy = by;
        this.changedAt = at;
    }
}
