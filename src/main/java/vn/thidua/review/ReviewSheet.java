package vn.thidua.review;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.campaign.Campaign;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;
import vn.thidua.shared.InstantConverter;
import vn.thidua.shared.AlreadyDone;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.files.StoredFile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Phiếu chấm điểm of one member unit in its cluster's year-end review. Rules: the unit self-scores (with notes and
 * evidence) only while self-scoring; it submits only when every scored criterion has points and every criterion that
 * requires evidence and earned points has a file; the reviewer's score differing from the self-score needs a reason;
 * reviewing ends with every criterion reviewed (unchanged ones take the self-score); staff finalise a reviewed sheet,
 * which freezes each criterion's final points, the total, the rating, the targets met and the tie-break points; a
 * finalised sheet never changes — reopening needs a reason and returns it to review. Criteria linked to a pledge
 * target are never typed: their points come from the tally.
 */
@Entity
@Table(name = "review_sheet")
public class ReviewSheet {

    /** One audited change: the criterion (or null for the sheet), what changed, old → new, and the reason. */
    public record Change(String criterionCode, String what, String oldValue, String newValue, String reason) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id", updatable = false)
    private Cluster cluster;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewStatus status = ReviewStatus.SELF_SCORING;

    @Column(name = "final_total", precision = 8, scale = 2)
    private BigDecimal finalTotal;

    @Column(name = "final_level_code", length = 16)
    private String finalLevelCode;

    @Column(name = "targets_met")
    private Integer targetsMet;

    @Column(name = "tie_break_points", precision = 8, scale = 2)
    private BigDecimal tieBreakPoints;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReviewScore> scores = new ArrayList<>();

    @Version
    private long version;

    protected ReviewSheet() {
    }

    public ReviewSheet(Campaign campaign, Cluster cluster, Unit unit, String by, Instant at) {
        RuleViolation.require(cluster.isMember(unit), "cluster.error.notMember", unit.getName());
        this.campaign = campaign;
        this.cluster = cluster;
        this.unit = unit;
        touch(by, at);
    }

    /** The unit's own score of a typed criterion (linked ones are computed), with its note. */
    public Optional<Change> selfScore(ScoringSheet sheet, Criterion criterion, BigDecimal points, String note, String by, Instant at) {
        RuleViolation.require(status == ReviewStatus.SELF_SCORING, "review.error.notSelfScoring");
        RuleViolation.require(criterion.getTargetCode() == null, "review.score.error.linked", criterion.getCode());
        if (points != null) {
            sheet.requireInRange(criterion.getCode(), points);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        RuleViolation.require(cleanNote == null || cleanNote.length() <= 2000, "review.score.error.noteTooLong", criterion.getCode());
        ReviewScore score = scoreOf(criterion);
        if (same(score.getSelfPoints(), points) && Objects.equals(score.getSelfNote(), cleanNote)) {
            return Optional.empty();
        }
        String old = text(score.getSelfPoints());
        score.self(points, cleanNote);
        touch(by, at);
        return Optional.of(new Change(criterion.getCode(), "self", old, text(points), null));
    }

    public Change addEvidence(Criterion criterion, StoredFile file, String by, Instant at) {
        RuleViolation.require(status == ReviewStatus.SELF_SCORING, "review.error.notSelfScoring");
        ReviewScore score = scoreOf(criterion);
        RuleViolation.require(score.evidenceList().size() < 10, "review.evidence.error.tooMany", criterion.getCode());
        score.evidenceList().add(new Evidence(score, file));
        touch(by, at);
        return new Change(criterion.getCode(), "evidence", null, file.getFileName(), null);
    }

    public Change removeEvidence(long evidenceId, String by, Instant at) {
        RuleViolation.require(status == ReviewStatus.SELF_SCORING, "review.error.notSelfScoring");
        for (ReviewScore s : scores) {
            for (Evidence e : s.evidenceList()) {
                if (e.getId() != null && e.getId() == evidenceId) {
                    s.evidenceList().remove(e);
                    touch(by, at);
                    return new Change(s.getCriterion().getCode(), "evidence", e.getFile().getFileName(), null, null);
                }
            }
        }
        throw new RuleViolation("error.notFound");
    }

    /**
     * Submits the self-score. computed: the linked criteria's points from the tally (absent while incomplete, which
     * does not block: the reviewer and staff see them fill in as results arrive).
     */
    public Change submit(ScoringSheet sheet, String by, Instant at) {
        AlreadyDone.unlessAlready(status == ReviewStatus.SUBMITTED, "review.done.submitted");
        RuleViolation.require(status == ReviewStatus.SELF_SCORING, "review.error.notSelfScoring");
        List<String> missing = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (ScoringSheet.Node leaf : sheet.leaves()) {
            Optional<ReviewScore> score = find(leaf.code());
            if (leaf.isLinked()) {
                continue;
            }
            BigDecimal points = score.map(ReviewScore::getSelfPoints).orElse(null);
            if (points == null && leaf.kind() == CriterionKind.SCORED) {
                missing.add(leaf.code());
            }
            if (leaf.evidenceRequired() && points != null && points.signum() > 0
                    && score.map(s -> !s.hasEvidence()).orElse(true)) {
                evidence.add(leaf.code());
            }
        }
        RuleViolation.require(missing.isEmpty(), "review.error.missingScores", String.join(", ", missing));
        RuleViolation.require(evidence.isEmpty(), "review.error.missingEvidence", String.join(", ", evidence));
        return move(ReviewStatus.SUBMITTED, null, by, at);
    }

    /** The reviewer's score of a typed criterion; a reason is required when it differs from the self-score. */
    public Optional<Change> review(ScoringSheet sheet, Criterion criterion, BigDecimal points, String reason, String by, Instant at) {
        RuleViolation.require(status == ReviewStatus.SUBMITTED || status == ReviewStatus.REVIEWED, "review.error.notInReview");
        RuleViolation.require(criterion.getTargetCode() == null, "review.score.error.linked", criterion.getCode());
        ReviewScore score = scoreOf(criterion);
        if (points == null) {
            return Optional.empty();
        }
        sheet.requireInRange(criterion.getCode(), points);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        boolean differs = !same(points, score.getSelfPoints() == null ? BigDecimal.ZERO : score.getSelfPoints());
        RuleViolation.require(!differs || why != null, "review.score.error.reasonRequired", criterion.getCode());
        RuleViolation.require(why == null || why.length() <= 1000, "review.score.error.reasonTooLong", criterion.getCode());
        if (same(score.getReviewedPoints(), points) && Objects.equals(score.getReviewReason(), differs ? why : null)) {
            return Optional.empty();
        }
        String old = text(score.getReviewedPoints());
        score.review(points, differs ? why : null);
        touch(by, at);
        return Optional.of(new Change(criterion.getCode(), "reviewed", old, text(points), differs ? why : null));
    }

    /** Ends the review: every typed criterion left unreviewed takes its self-score (0 for an empty bonus or deduction). */
    public Change completeReview(List<Criterion> typedLeaves, String by, Instant at) {
        AlreadyDone.unlessAlready(status == ReviewStatus.REVIEWED, "review.done.reviewed");
        RuleViolation.require(status == ReviewStatus.SUBMITTED, "review.error.notSubmitted");
        for (Criterion c : typedLeaves) {
            ReviewScore score = scoreOf(c);
            if (score.getReviewedPoints() == null) {
                score.review(score.getSelfPoints() == null ? BigDecimal.ZERO : score.getSelfPoints(), null);
            }
        }
        return move(ReviewStatus.REVIEWED, null, by, at);
    }

    /**
     * Freezes the result: each leaf's final points (the reviewed score, or the computed one for a linked criterion),
     * the total, the rating, the targets met and the tie-break area's points. Every linked criterion must have its
     * points (its target is no longer incomplete).
     */
    public Change finalise(ScoringSheet sheet, Map<String, Criterion> leaves, Map<String, BigDecimal> computed,
                           RatingBands bands, int metTargets, String tieBreakCode, String by, Instant at) {
        AlreadyDone.unlessAlready(status == ReviewStatus.FINALISED, "review.done.finalised");
        RuleViolation.require(status == ReviewStatus.REVIEWED, "review.error.notReviewed");
        SheetScores.Final frozen = SheetScores.finalPoints(sheet, computed,
                code -> find(code).map(ReviewScore::getReviewedPoints).orElse(null));
        RuleViolation.require(frozen.waiting().isEmpty(), "review.error.waitingForResults", String.join(", ", frozen.waiting()));
        Map<String, BigDecimal> points = frozen.points();
        points.forEach((code, p) -> scoreOf(leaves.get(code)).finalPoints(p));
        this.finalTotal = sheet.total(points);
        this.finalLevelCode = bands.levelFor(finalTotal);
        this.targetsMet = metTargets;
        this.tieBreakPoints = tieBreakCode == null ? null : sheet.subtotal(tieBreakCode, points);
        return move(ReviewStatus.FINALISED, null, by, at);
    }

    /** Reopens a finalised sheet for review again; the reason is required and audited. */
    public Change reopen(String reason, String by, Instant at) {
        RuleViolation.require(status == ReviewStatus.FINALISED, "review.error.notFinalised");
        String why = reason == null ? "" : reason.strip();
        RuleViolation.require(!why.isEmpty() && why.length() <= 1000, "review.error.reasonRequired");
        scores.forEach(s -> s.finalPoints(null));
        this.finalTotal = null;
        this.finalLevelCode = null;
        this.targetsMet = null;
        this.tieBreakPoints = null;
        return move(ReviewStatus.SUBMITTED, why, by, at);
    }

    private Change move(ReviewStatus to, String reason, String by, Instant at) {
        String from = status.name();
        this.status = to;
        touch(by, at);
        return new Change(null, "status", from, to.name(), reason);
    }

    private void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private ReviewScore scoreOf(Criterion criterion) {
        return find(criterion.getCode()).orElseGet(() -> {
            ReviewScore s = new ReviewScore(this, criterion);
            scores.add(s);
            return s;
        });
    }

    public Optional<ReviewScore> find(String criterionCode) {
        return scores.stream().filter(s -> s.getCriterion().getCode().equals(criterionCode)).findFirst();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String text(BigDecimal p) {
        return p == null ? null : p.stripTrailingZeros().toPlainString();
    }

    public boolean hasScores() {
        return scores.stream().anyMatch(s -> s.getSelfPoints() != null);
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public Unit getUnit() {
        return unit;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public BigDecimal getFinalTotal() {
        return finalTotal;
    }

    public String getFinalLevelCode() {
        return finalLevelCode;
    }

    public Integer getTargetsMet() {
        return targetsMet;
    }

    public BigDecimal getTieBreakPoints() {
        return tieBreakPoints;
    }

    public List<ReviewScore> getScores() {
        return java.util.Collections.unmodifiableList(scores);
    }
}
