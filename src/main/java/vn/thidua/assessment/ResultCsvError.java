package vn.thidua.assessment;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a results file: the physical line (1-based, 0 = the whole file), a resource-bundle key
 * ({@code results.csv.*}) and its {@link java.text.MessageFormat} arguments, as text. Immutable.
 */
public final class ResultCsvError {

    private final int line;
    private final String key;
    private final List<String> args;

    public ResultCsvError(int line, String key, List<String> args) {
        this.line = line;
        this.key = Objects.requireNonNull(key, "key");
        this.args = args == null ? List.of() : List.copyOf(args);
    }

    public ResultCsvError(int line, String key, String... args) {
        this(line, key, args == null ? List.of() : List.of(args));
    }

    public int getLine() {
        return line;
    }

    public String getKey() {
        return key;
    }

    /** The message arguments, unmodifiable. */
    public List<String> getArgs() {
        return args;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ResultCsvError)) {
            return false;
        }
        ResultCsvError other = (ResultCsvError) o;
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
