package vn.thidua.assessment;

/**
 * What recording one value does to what is stored, decided before anything is written: set it (a new or different
 * value), clear it (the stored row is deleted, so that the counter, the tally, the self-score and the report all see
 * the value as missing again), or nothing (the same value again, or clearing a value never entered). Only the first two
 * write and are audited: an audit row "45000000 → 45000000" or "— → —" would tell a reader that something changed.
 */
public enum ResultEdit {
    SET, CLEAR, UNCHANGED;

    /**
     * @param stored the stored value as {@link ResultValue#describe()} writes it, {@code null} when none is stored
     * @param next   the value to record; {@link ResultValue#NONE} to clear
     */
    public static ResultEdit of(String stored, ResultValue next) {
        boolean had = stored != null && !stored.isEmpty();
        if (next.isEmpty()) {
            return had ? CLEAR : UNCHANGED;
        }
        return had && stored.equals(next.describe()) ? UNCHANGED : SET;
    }
}
