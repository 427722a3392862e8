package vn.thidua.organisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in an import file: the physical line (1-based, 0 = the whole file), a resource-bundle key and
 * its {@link java.text.MessageFormat} arguments. Immutable.
 */
public final class UnitCsvError {

    private final int line;
    private final String key;
    private final List<Object> args;

    public UnitCsvError(int line, String key, Object... args) {
        this.line = line;
        this.key = Objects.requireNonNull(key, "key");
        this.args = args == null || args.length == 0
                ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(Arrays.asList(args)));
    }

    public int getLine() {
        return line;
    }

    public String getKey() {
        return key;
    }

    /** The message arguments, unmodifiable. */
    public List<Object> getArgs() {
        return args;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UnitCsvError)) {
            return false;
        }
        UnitCsvError other = (UnitCsvError) o;
        return line == other.line && key.equals(other.key) && args.equals(other.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, key, args);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + key + (args.isEmpty() ? "" : " " + args);
    }
}
