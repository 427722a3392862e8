package vn.thidua.pledge;

import java.io.Serializable;
import java.util.List;

/**
 * The result of re-checking a pledge against its audit chain: intact, or the first broken entry as a message key with
 * its arguments (e.g. "the log entry #7", "the signature of Vân Khánh Tây (chair)", "the content of version 1").
 */
public final class IntegrityReport implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final IntegrityReport INTACT = new IntegrityReport(null, List.of());

    private final String brokenKey;
    private final List<String> args;

    private IntegrityReport(String brokenKey, List<String> args) {
        this.brokenKey = brokenKey;
        this.args = args;
    }

    public static IntegrityReport intact() {
        return INTACT;
    }

    public static IntegrityReport broken(String key, String... args) {
        return new IntegrityReport(key, List.of(args));
    }

    public boolean isIntact() {
        return brokenKey == null;
    }

    public String getBrokenKey() {
        return brokenKey;
    }

    public List<String> getArgs() {
        return args;
    }

    @Override
    public String toString() {
        return isIntact() ? "intact" : brokenKey + args;
    }
}
