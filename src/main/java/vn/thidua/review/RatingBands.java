package vn.thidua.review;

import vn.thidua.shared.RuleViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Khung xếp loại theo điểm: the points from which each rating level of the campaign's scale is given, set per
 * campaign. Rules: every level of the scale has a band; a better level needs strictly more points; the lowest level
 * starts at 0 so that every total gets a rating. Default for four levels: ≥ 90 xuất sắc, 70 – < 90 tốt, 50 – < 70
 * hoàn thành, < 50 không hoàn thành.
 */
public final class RatingBands {

    /** A level (code and rank on the scale, 1 = best) and the least points that earn it. */
    public record Band(String levelCode, int levelRank, BigDecimal minPoints) {
    }

    private final List<Band> bands;

    private RatingBands(List<Band> bands) {
        this.bands = bands;
    }

    public static RatingBands of(List<Band> given) {
        RuleViolation.require(!given.isEmpty(), "review.bands.error.empty");
        List<Band> sorted = new ArrayList<>(given);
        sorted.sort(Comparator.comparingInt(Band::levelRank));
        for (int i = 0; i < sorted.size(); i++) {
            Band b = sorted.get(i);
            RuleViolation.require(b.minPoints() != null && b.minPoints().signum() >= 0
                    && b.minPoints().stripTrailingZeros().scale() <= 2, "review.bands.error.value", b.levelCode());
            if (i > 0) {
                RuleViolation.require(sorted.get(i - 1).minPoints().compareTo(b.minPoints()) > 0,
                        "review.bands.error.order", sorted.get(i - 1).levelCode(), b.levelCode());
            }
        }
        RuleViolation.require(sorted.get(sorted.size() - 1).minPoints().signum() == 0, "review.bands.error.lowest",
                sorted.get(sorted.size() - 1).levelCode());
        return new RatingBands(List.copyOf(sorted));
    }

    /**
     * The Front's usual bands for a scale given best first: 90 / 70 / 50 / 0 for four levels; for another number of
     * levels, equal steps of 100 (staff adjust them on the sheet page).
     */
    public static List<Band> defaults(List<String> levelCodesBestFirst) {
        int n = levelCodesBestFirst.size();
        List<Band> bands = new ArrayList<>();
        int[] usual = {90, 70, 50, 0};
        for (int i = 0; i < n; i++) {
            int min = n == 4 ? usual[i] : (i == n - 1 ? 0 : 100 * (n - 1 - i) / n);
            bands.add(new Band(levelCodesBestFirst.get(i), i + 1, BigDecimal.valueOf(min)));
        }
        return bands;
    }

    /** The level earned by a total: the best one whose minimum it reaches (compared exactly). */
    public String levelFor(BigDecimal total) {
        for (Band b : bands) {
            if (total.compareTo(b.minPoints()) >= 0) {
                return b.levelCode();
            }
        }
        return bands.get(bands.size() - 1).levelCode();
    }

    public List<Band> bands() {
        return bands;
    }
}
