package vn.thidua.assessment;

import java.util.List;

/** Lines of results that were refused, each with its line number and message key: nothing of the batch was written. */
public class ResultsRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<LineError> errors;

    public ResultsRefused(List<LineError> errors) {
        super(errors.size() + " result lines refused");
        this.errors = List.copyOf(errors);
    }

    public List<LineError> getErrors() {
        return errors;
    }

    /** A refused line: its number in the file (or 1 for a single entry), the message key and its arguments. */
    public static final class LineError {
        private final int line;
        private final String key;
        private final List<Object> args;

        public LineError(int line, String key, List<Object> args) {
            this.line = line;
            this.key = key;
            this.args = args == null ? List.of() : List.copyOf(args);
        }

        public int getLine() {
            return line;
        }

        public String getKey() {
            return key;
        }

        public List<Object> getArgs() {
            return args;
        }
    }
}
