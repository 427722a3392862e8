package vn.thidua.review;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.shared.InstantConverter;

import java.time.Instant;

/** Nhật ký chấm điểm: one change of a unit's scores or of its state, who and when, old → new, with the reason. Never updated. */
@Entity
@Table(name = "review_change")
public class ReviewChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sheet_id", nullable = false, updatable = false)
    private long sheetId;

    @Column(name = "criterion_code", updatable = false, length = 20)
    private String criterionCode;

    @Column(nullable = false, updatable = false, length = 24)
    private String what;

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

    protected ReviewChange() {
    }

    public ReviewChange(long sheetId, String criterionCode, String what, String oldValue, String newValue, String reason,
                        String changedBy, Instant changedAt) {
        this.sheetId = sheetId;
        this.criterionCode = criterionCode;
        this.what = what;
        this.oldValue = cut(oldValue, 120);
        this.newValue = cut(newValue, 120);
        this.reason = cut(reason, 1000);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public String criterionCode() {
        return criterionCode;
    }

    public String what() {
        return what;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    public String reason() {
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
