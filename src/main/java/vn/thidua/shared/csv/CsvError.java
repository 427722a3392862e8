package vn.thidua.shared.csv;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in an import file: the physical line (1-based, 0 = the whole file), a resource-bundle key and its
 * {@link java.text.MessageFormat} arguments. Each import has its own final subclass, which fixes the type of the
 * arguments and how they are copied; an error only equals one of the same subclass. Immutable.
 *
 * @param <A> type of the message arguments
 */
public abstract class CsvError<A> {

    private final int line;
    private final String key;
    private final List<A> args;

    /** @param args already an unmodifiable copy, made by the subclass by its own rules */
    protected CsvError(int line, String key, List<A> args) {
        this.line = line;
        this.key = Objects.requireNonNull(key, "key");
        this.args = args;
    }

    public final int getLine() {
        return line;
    }

    public final String getKey() {
        return key;
    }

    /** The message arguments, unmodifiable. */
    public final List<A> getArgs() {
        return args;
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        CsvError<?> other = (CsvError<?>) o;
        return line == other.line && key.equals(other.key) && args.equals(other.args);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(line, key, args);
    }

    @Override
    public final String toString() {
        return "line " + line + ": " + key + (args.isEmpty() ? "" : " " + args);
    }
}
