package vn.thidua.assessment;

import java.util.Objects;

/**
 * One year-end result read from a results file: a unit, a measure ({@code rating} or a target code) and the value as
 * written, trimmed and in Unicode NFC. The value is not interpreted here: the service knows the campaign's rating
 * scale and the kinds of its targets. Immutable.
 */
public final class ResultCsvRow {

    private final int line;
    private final String unitCode;
    private final String measure;
    private final String value;

    public ResultCsvRow(int line, String unitCode, String measure, String value) {
        this.line = line;
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.measure = Objects.requireNonNull(measure, "measure");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** 1-based physical line of the file where the record starts. */
    public int getLine() {
        return line;
    }

    public String getUnitCode() {
        return unitCode;
    }

    /** {@link ResultCsvParser#RATING} or a target code (lower-case slug). */
    public String getMeasure() {
        return measure;
    }

    /** Never empty: trimmed, NFC, otherwise as written (inner white space and case kept). */
    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ResultCsvRow)) {
            return false;
        }
        ResultCsvRow other = (ResultCsvRow) o;
        return line == other.line && unitCode.equals(other.unitCode) && measure.equals(other.measure)
                && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, unitCode, measure, value);
    }

    @Override
    public String toString() {
        return "ResultCsvRow[line=" + line + ", unit=" + unitCode + ", measure=" + measure + ", value=" + value + "]";
    }
}
