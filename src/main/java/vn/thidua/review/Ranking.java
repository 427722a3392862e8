package vn.thidua.review;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Xếp hạng within a cluster: by total score, higher first. Ties are broken, in this order, by more pledge targets
 * met, then by the higher score on the campaign's chosen area; units equal on all three share the rank (1, 2, 2, 4)
 * and are listed by name. Units without a total yet are listed last, unranked. The page states this rule.
 */
public final class Ranking {

    /** A unit's standing; total null when it has none yet; tieBreakPoints null when no area is chosen. */
    public record Entry(long unitId, String name, BigDecimal total, int targetsMet, BigDecimal tieBreakPoints) {
    }

    /** rank 0 for unranked; tied true when another unit shares the rank. */
    public record Ranked(Entry entry, int rank, boolean tied) {
    }

    private static final Comparator<Entry> ORDER = Comparator
            .comparing(Entry::total, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Entry::targetsMet, Comparator.reverseOrder())
            .thenComparing(e -> e.tieBreakPoints() == null ? BigDecimal.ZERO : e.tieBreakPoints(), Comparator.reverseOrder());

    private Ranking() {
    }

    public static List<Ranked> rank(List<Entry> entries) {
        Collator names = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER.thenComparing(Entry::name, names));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            if (e.total() == null) {
                ranked.add(new Ranked(e, 0, false));
                continue;
            }
            boolean sameAsPrevious = i > 0 && sorted.get(i - 1).total() != null && ORDER.compare(sorted.get(i - 1), e) == 0;
            boolean sameAsNext = i + 1 < sorted.size() && sorted.get(i + 1).total() != null && ORDER.compare(sorted.get(i + 1), e) == 0;
            int rank = sameAsPrevious ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(e, rank, sameAsPrevious || sameAsNext));
        }
        return ranked;
    }
}
