package vn.thidua.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** A value as entered: a rating code, an amount, two people counts ("reached/total"), or done (yes/no). */
public final class ResultValue implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No value: what clearing an entry records (the stored row is deleted, the value is "not entered" again). */
    public static final ResultValue NONE = new ResultValue(null, null, null, null, null);

    private final String levelCode;
    private final BigDecimal amount;
    private final Integer peopleTotal;
    private final Integer peopleReached;
    private final Boolean done;

    public ResultValue(String levelCode, BigDecimal amount, Integer peopleTotal, Integer peopleReached, Boolean done) {
        this.levelCode = levelCode;
        this.amount = amount;
        this.peopleTotal = peopleTotal;
        this.peopleReached = peopleReached;
        this.done = done;
    }

    public static ResultValue rating(String code) {
        return new ResultValue(code, null, null, null, null);
    }

    public static ResultValue amount(BigDecimal amount) {
        return new ResultValue(null, amount, null, null, null);
    }

    public static ResultValue people(int reached, int total) {
        return new ResultValue(null, null, total, reached, null);
    }

    public static ResultValue done(boolean done) {
        return new ResultValue(null, null, null, null, done);
    }

    public String describe() {
        if (levelCode != null) {
            return levelCode;
        }
        if (amount != null) {
            return ResultEntry.plain(amount);
        }
        if (peopleTotal != null) {
            return peopleReached + "/" + peopleTotal;
        }
        if (done != null) {
            return done ? "yes" : "no";
        }
        return "";
    }

    /** Whether this is {@link #NONE}: nothing entered. */
    public boolean isEmpty() {
        return levelCode == null && amount == null && peopleTotal == null && peopleReached == null && done == null;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Integer getPeopleTotal() {
        return peopleTotal;
    }

    public Integer getPeopleReached() {
        return peopleReached;
    }

    public Boolean getDone() {
        return done;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResultValue v && describe().equals(v.describe());
    }

    @Override
    public int hashCode() {
        return Objects.hash(describe());
    }
}
