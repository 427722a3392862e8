package vn.thidua.assessment;

import vn.thidua.shared.csv.CsvError;

import java.util.List;

/**
 * One problem found in a results file: the physical line (1-based, 0 = the whole file), a resource-bundle key
 * ({@code results.csv.*}) and its {@link java.text.MessageFormat} arguments, as text. Immutable.
 */
public final class ResultCsvError extends CsvError<String> {

    public ResultCsvError(int line, String key, List<String> args) {
        super(line, key, args == null ? List.of() : List.copyOf(args));
    }

    public ResultCsvError(int line, String key, String... args) {
        this(line, key, args == null ? List.of() : List.of(args));
    }
}
