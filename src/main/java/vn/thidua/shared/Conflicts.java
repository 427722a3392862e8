package vn.thidua.shared;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells whether a failed use case lost a race with another request on the same rows — a conflict that running the
 * use case again resolves (it then reads what the other request wrote) — as opposed to a bug or a refused rule.
 * Plain Java so that the classification is unit-tested without a container.
 */
public final class Conflicts {

    /**
     * MariaDB's SQL states for a lost race: 40001 deadlock or serialisation failure, 23000 a duplicate key from two
     * "create if missing" inserts (the retry finds the row), HY000 with error 1205 a lock wait timeout.
     */
    private static final Set<String> RACE_STATES = Set.of("40001", "23000");
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DEADLOCK = 1213;
    private static final int DUPLICATE_KEY = 1062;

    private static final Set<String> CONFLICT_TYPES = Set.of(
            "jakarta.persistence.OptimisticLockException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException",
            "org.eclipse.persistence.exceptions.OptimisticLockException");

    private Conflicts() {
    }

    /** Whether anything in the cause chain says another transaction touched the same rows at the same time. */
    public static boolean isConflict(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof RuleViolation) {
                return false;
            }
            if (CONFLICT_TYPES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && isRace(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRace(SQLException sql) {
        int code = sql.getErrorCode();
        if (code == LOCK_WAIT_TIMEOUT || code == DEADLOCK || code == DUPLICATE_KEY) {
            return true;
        }
        return sql.getSQLState() != null && RACE_STATES.contains(sql.getSQLState()) && code != 0
                && code != 1452 && code != 1451; // foreign-key refusals (1451, 1452) are not races: a retry cannot help
    }
}
