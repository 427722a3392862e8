package vn.thidua.tally;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The ratings of one member unit's child units of one category (e.g. its hamlet committees): how many exist and how
 * many were rated at each rank (1 = best). The children not counted at any rank are the missing ratings.
 */
public final class ChildRatings {

    /** A member without children of the category: every rated target over them is not applicable. */
    public static final ChildRatings NONE = new ChildRatings(0, Map.of());

    private final int total;
    private final SortedMap<Integer, Integer> countsByRank;
    private final int rated;

    /** {@code countsByRank}: rank → number of children rated at that rank; more rated than exist is refused. */
    public ChildRatings(int total, Map<Integer, Integer> countsByRank) {
        if (total < 0) {
            throw new IllegalArgumentException("negative number of child units: " + total);
        }
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        long sum = 0;
        for (Map.Entry<Integer, Integer> e : countsByRank.entrySet()) {
            if (e.getKey() == null || e.getKey() < 1 || e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("bad rating count " + e);
            }
            if (e.getValue() > 0) {
                counts.put(e.getKey(), e.getValue());
                sum += e.getValue();
            }
        }
        // missing = total - rated must never be negative, or the "missing" logic could turn a guess into a decision
        if (sum > total) {
            throw new IllegalArgumentException(sum + " ratings for " + total + " child units");
        }
        this.total = total;
        this.countsByRank = Collections.unmodifiableSortedMap(counts);
        this.rated = (int) sum;
    }

    /** Shorthand: {@code of(10, 4, 4, 1, 1)} = 10 children, 4 rated at rank 1, 4 at rank 2, 1 at rank 3, 1 at rank 4. */
    public static ChildRatings of(int total, int... countsFromRankOne) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int i = 0; i < countsFromRankOne.length; i++) {
            counts.put(i + 1, countsFromRankOne[i]);
        }
        return new ChildRatings(total, counts);
    }

    public int getTotal() {
        return total;
    }

    /** Rank → count, only ranks with at least one child; unmodifiable. */
    public SortedMap<Integer, Integer> getCountsByRank() {
        return countsByRank;
    }

    public int getRated() {
        return rated;
    }

    public int getMissing() {
        return total - rated;
    }

    /** Children rated at this rank or better (rank ≤ {@code rank}). */
    public int countAtOrBetter(int rank) {
        return countsByRank.headMap(rank + 1).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Children rated at this rank or worse (rank ≥ {@code rank}). */
    public int countAtOrWorse(int rank) {
        return countsByRank.tailMap(rank).values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return "ChildRatings{total=" + total + ", byRank=" + countsByRank + "}";
    }
}
