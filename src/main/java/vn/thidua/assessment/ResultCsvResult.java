package vn.thidua.assessment;

import java.util.List;

/**
 * What {@link ResultCsvParser} made of a results file. The import is all or nothing: use the rows only when
 * {@link #isOk()}. When there are errors the rows are those lines that had no problem of their own, for display only.
 */
public final class ResultCsvResult {

    private final List<ResultCsvRow> rows;
    private final List<ResultCsvError> errors;

    public ResultCsvResult(List<ResultCsvRow> rows, List<ResultCsvError> errors) {
        this.rows = List.copyOf(rows);
        this.errors = List.copyOf(errors);
    }

    /** The results in file order. Unmodifiable. */
    public List<ResultCsvRow> getRows() {
        return rows;
    }

    /**
     * All problems in line order (at most {@value ResultCsvParser#MAX_ERRORS}, then one
     * {@code results.csv.tooManyErrors} at line 0). Unmodifiable.
     */
    public List<ResultCsvError> getErrors() {
        return errors;
    }

    public boolean isOk() {
        return errors.isEmpty();
    }

    @Override
    public String toString() {
        return "ResultCsvResult[rows=" + rows.size() + ", errors=" + errors + "]";
    }
}
