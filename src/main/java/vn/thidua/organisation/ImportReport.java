package vn.thidua.organisation;

import java.util.List;

/** What an import did, or why it did nothing: created and updated counts, or the errors with their line numbers. */
public final class ImportReport {

    private final int created;
    private final int updated;
    private final int unchanged;
    private final List<UnitCsvError> errors;

    public ImportReport(int created, int updated, int unchanged, List<UnitCsvError> errors) {
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        this.errors = List.copyOf(errors);
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public List<UnitCsvError> getErrors() {
        return errors;
    }

    public boolean isSuccess() {
        return errors.isEmpty();
    }
}
