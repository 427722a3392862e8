package vn.thidua.organisation;

import java.util.List;

/**
 * What {@link UnitCsvParser} made of a file. The import is all or nothing: import the rows only when
 * {@link #isValid()}. When there are errors the rows are still given (those whose line had the right number of
 * columns), for display only.
 */
public final class UnitCsvResult {

    /** {@code unit_code,unit_name,unit_type,parent_code} */
    public static final String FORMAT_UNITS = "UNITS";
    /** {@code province_code,province_name,commune_code,commune_name,commune_type} (official 2025 list) */
    public static final String FORMAT_OFFICIAL_2025 = "OFFICIAL_2025";

    private final String format;
    private final List<UnitCsvRow> rows;
    private final List<UnitCsvError> errors;

    public UnitCsvResult(String format, List<UnitCsvRow> rows, List<UnitCsvError> errors) {
        this.format = format;
        this.rows = List.copyOf(rows);
        this.errors = List.copyOf(errors);
    }

    /**
     * The units, every parent before its children, otherwise in file order (for the 2025 format each province comes
     * before its communes). Unmodifiable.
     */
    public List<UnitCsvRow> getRows() {
        return rows;
    }

    /** All problems in line order (at most 200, then one {@code import.error.tooMany}). Unmodifiable. */
    public List<UnitCsvError> getErrors() {
        return errors;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** {@link #FORMAT_UNITS}, {@link #FORMAT_OFFICIAL_2025}, or {@code null} when the header was not recognised. */
    public String getFormat() {
        return format;
    }

    @Override
    public String toString() {
        return "UnitCsvResult[format=" + format + ", rows=" + rows.size() + ", errors=" + errors + "]";
    }
}
