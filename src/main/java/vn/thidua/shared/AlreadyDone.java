package vn.thidua.shared;

/**
 * The action asked for has already been done (a second click, a second tab, a retried request): nothing changed, and
 * the user is told it is done rather than shown an error. Pages show it as information; the API answers 409 with the key.
 */
public class AlreadyDone extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public AlreadyDone(String key, Object... args) {
        super(key, args);
    }

    /** The guard for verbs that move to a state: already there means done, not refused. */
    public static void unlessAlready(boolean alreadyThere, String key, Object... args) {
        if (alreadyThere) {
            throw new AlreadyDone(key, args);
        }
    }
}
