package vn.thidua.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One criterion's score on a unit's {@link ReviewSheet}: the self-score with its note and evidence, the reviewed score
 * with its reason, and the final score. Changed only through the sheet, which guards its state.
 */
@Entity
@Table(name = "review_score")
public class ReviewScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", updatable = false)
    private ReviewSheet sheet;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id", updatable = false)
    private Criterion criterion;

    @Column(name = "self_points", precision = 7, scale = 2)
    private BigDecimal selfPoints;

    @Column(name = "self_note", length = 2000)
    private String selfNote;

    @Column(name = "reviewed_points", precision = 7, scale = 2)
    private BigDecimal reviewedPoints;

    @Column(name = "review_reason", length = 1000)
    private String reviewReason;

    @Column(name = "final_points", precision = 7, scale = 2)
    private BigDecimal finalPoints;

    @OneToMany(mappedBy = "score", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Evidence> evidence = new ArrayList<>();

    protected ReviewScore() {
    }

    ReviewScore(ReviewSheet sheet, Criterion criterion) {
        this.sheet = sheet;
        this.criterion = criterion;
    }

    void self(BigDecimal points, String note) {
        this.selfPoints = points;
        this.selfNote = note;
    }

    void review(BigDecimal points, String reason) {
        this.reviewedPoints = points;
        this.reviewReason = reason;
    }

    void finalPoints(BigDecimal points) {
        this.finalPoints = points;
    }

    List<Evidence> evidenceList() {
        return evidence;
    }

    public Long getId() {
        return id;
    }

    public ReviewSheet getSheet() {
        return sheet;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public BigDecimal getSelfPoints() {
        return selfPoints;
    }

    public String getSelfNote() {
        return selfNote;
    }

    public BigDecimal getReviewedPoints() {
        return reviewedPoints;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public BigDecimal getFinalPoints() {
        return finalPoints;
    }

    public boolean hasEvidence() {
        return !evidence.isEmpty();
    }
}
