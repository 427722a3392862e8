package vn.thidua.organisation;

import vn.thidua.shared.csv.CsvError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One problem found in a unit import file: the physical line (1-based, 0 = the whole file), a resource-bundle key
 * ({@code import.error.*}) and its {@link java.text.MessageFormat} arguments, kept as given (numbers stay numbers, so
 * that the message formats them; a {@code null} argument is allowed). Immutable.
 */
public final class UnitCsvError extends CsvError<Object> {

    public UnitCsvError(int line, String key, Object... args) {
        super(line, key, args == null || args.length == 0
                ? List.of()
                // not List.of: it refuses null elements, which MessageFormat prints as "null"
                : Collections.unmodifiableList(new ArrayList<>(Arrays.asList(args))));
    }
}
