package vn.thidua.shared;

import java.util.List;

/**
 * A business rule said no. Carries a resource-bundle key and its arguments so that the web layer can tell the user in
 * their language; nothing has been changed when it is thrown (services throw it before writing, and a transaction
 * that sees it is rolled back).
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    public RuleViolation(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String getKey() {
        return key;
    }

    public List<Object> getArgs() {
        return args;
    }

    /** Throws a violation with the key unless the condition holds: the guard every entity uses. */
    public static void require(boolean condition, String key, Object... args) {
        if (!condition) {
            throw new RuleViolation(key, args);
        }
    }
}
