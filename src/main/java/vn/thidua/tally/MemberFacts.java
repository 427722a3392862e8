package vn.thidua.tally;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What is known of one member unit at tally time. Built with fluent adders; anything not added is unknown
 * (missing), except child units: a category with no {@link ChildRatings} means the member has no such children.
 * Maps keyed by target code use the normalised (lower-case) code of {@code TargetSpec}.
 */
public final class MemberFacts {

    private final long unitId;
    private final String code;
    private final String name;
    private Integer ratingRank;
    private final Map<String, ChildRatings> children = new LinkedHashMap<>();
    private final Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    private final Map<String, PeopleCount> people = new LinkedHashMap<>();
    private final Map<String, Boolean> done = new LinkedHashMap<>();

    public MemberFacts(long unitId, String code, String name) {
        this.unitId = unitId;
        this.code = code;
        this.name = name;
    }

    /** The member unit's own rating rank (1 = best); null = not rated yet. */
    public MemberFacts rating(Integer rank) {
        if (rank != null && rank < 1) {
            throw new IllegalArgumentException("bad rank " + rank);
        }
        this.ratingRank = rank;
        return this;
    }

    public MemberFacts children(String category, ChildRatings ratings) {
        children.put(Objects.requireNonNull(category), Objects.requireNonNull(ratings));
        return this;
    }

    /** A QUANTITY target's measured amount. Negative amounts are refused: a cluster reaching its quota with part of
     * its members counts as decided only because amounts can only add up. */
    public MemberFacts amount(String targetCode, BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        amounts.put(Objects.requireNonNull(targetCode), amount);
        return this;
    }

    public MemberFacts people(String targetCode, int total, int reached) {
        people.put(Objects.requireNonNull(targetCode), new PeopleCount(total, reached));
        return this;
    }

    public MemberFacts done(String targetCode, boolean isDone) {
        done.put(Objects.requireNonNull(targetCode), isDone);
        return this;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Integer getRatingRank() {
        return ratingRank;
    }

    /** The ratings of this member's children of a category; {@link ChildRatings#NONE} when it has none. */
    public ChildRatings childRatings(String category) {
        return children.getOrDefault(category, ChildRatings.NONE);
    }

    public Map<String, ChildRatings> getChildren() {
        return Collections.unmodifiableMap(children);
    }

    public Map<String, BigDecimal> getAmounts() {
        return Collections.unmodifiableMap(amounts);
    }

    public Map<String, PeopleCount> getPeople() {
        return Collections.unmodifiableMap(people);
    }

    public Map<String, Boolean> getDone() {
        return Collections.unmodifiableMap(done);
    }

    @Override
    public String toString() {
        return "MemberFacts{" + unitId + " " + code + ", rating=" + ratingRank + ", children=" + children
                + ", amounts=" + amounts + ", people=" + people + ", done=" + done + "}";
    }
}
