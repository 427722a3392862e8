package vn.thidua.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The points of one unit's sheet, provisional and final, combined in one place for the cluster's ranking, the sheet's
 * page and finalising (they used to combine them each their own way). Plain Java.
 * <p>
 * Provisional: the self-score is the unit's points, the reviewed score the reviewer's points falling back to the
 * self-score where the reviewer changed nothing yet; a criterion linked to a pledge target takes its points from the
 * tally in both. Which of the two stands depends on the stage: the self-score while self-scoring, the reviewed score
 * from submission on. Final: each linked leaf's computed points (absent ones keep the sheet waiting) and each typed
 * leaf's reviewed points (none: 0).
 */
public final class SheetScores {

    /** A typed criterion's two scores as saved; either may be absent. */
    public record Typed(BigDecimal self, BigDecimal reviewed) {
    }

    /** The points that finalising freezes, and the linked criteria whose points are still unknown. */
    public record Final(Map<String, BigDecimal> points, List<String> waiting) {
    }

    private final Map<String, BigDecimal> self;
    private final Map<String, BigDecimal> reviewed;

    private SheetScores(Map<String, BigDecimal> self, Map<String, BigDecimal> reviewed) {
        this.self = Collections.unmodifiableMap(self);
        this.reviewed = Collections.unmodifiableMap(reviewed);
    }

    /** {@code linked}: the linked criteria's points from the tally (absent while incomplete); {@code typed} by code. */
    public static SheetScores of(Map<String, BigDecimal> linked, Map<String, Typed> typed) {
        Map<String, BigDecimal> self = new HashMap<>(linked);
        Map<String, BigDecimal> reviewed = new HashMap<>(linked);
        typed.forEach((code, t) -> {
            if (t.self() != null) {
                self.put(code, t.self());
            }
            BigDecimal r = t.reviewed() != null ? t.reviewed() : t.self();
            if (r != null) {
                reviewed.put(code, r);
            }
        });
        return new SheetScores(self, reviewed);
    }

    public Map<String, BigDecimal> self() {
        return self;
    }

    public Map<String, BigDecimal> reviewed() {
        return reviewed;
    }

    /** The points that stand at this stage: the reviewed score once the sheet left self-scoring. */
    public Map<String, BigDecimal> standing(ReviewStatus status) {
        return inReview(status) ? reviewed : self;
    }

    public static boolean inReview(ReviewStatus status) {
        return status != ReviewStatus.SELF_SCORING;
    }

    public BigDecimal selfTotal(ScoringSheet sheet) {
        return sheet.total(self);
    }

    public BigDecimal reviewedTotal(ScoringSheet sheet) {
        return sheet.total(reviewed);
    }

    /** The provisional total that ranks the unit: null while self-scoring with nothing scored yet. */
    public BigDecimal standingTotal(ScoringSheet sheet, ReviewStatus status, boolean hasScores) {
        if (inReview(status)) {
            return reviewedTotal(sheet);
        }
        return hasScores ? selfTotal(sheet) : null;
    }

    /** The tie-break area's points at this stage; null without a tie-break area. */
    public BigDecimal tieBreak(ScoringSheet sheet, String tieBreakCode, ReviewStatus status) {
        return tieBreakCode == null ? null : sheet.subtotal(tieBreakCode, standing(status));
    }

    /** {@code computed}: the linked criteria's points; {@code reviewedOf}: a typed leaf's reviewed points or null. */
    public static Final finalPoints(ScoringSheet sheet, Map<String, BigDecimal> computed, Function<String, BigDecimal> reviewedOf) {
        Map<String, BigDecimal> points = new HashMap<>();
        List<String> waiting = new ArrayList<>();
        for (ScoringSheet.Node leaf : sheet.leaves()) {
            if (leaf.isLinked()) {
                BigDecimal p = computed.get(leaf.code());
                if (p == null) {
                    waiting.add(leaf.code());
                } else {
                    points.put(leaf.code(), p);
                }
            } else {
                BigDecimal p = reviewedOf.apply(leaf.code());
                points.put(leaf.code(), p == null ? BigDecimal.ZERO : p);
            }
        }
        return new Final(points, waiting);
    }
}
