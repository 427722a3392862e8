package vn.thidua.campaign;

import java.util.Map;

/**
 * Where a cluster's year-end review stands, as the campaign page shows it: decided from how many of its members' sheets
 * are in each state. A member without a sheet has not started self-scoring. Plain Java.
 */
public enum ReviewStage {
    /** No member has a sheet yet. */
    NOT_STARTED,
    /** Some member is still scoring itself (or has not started). */
    SELF_SCORING,
    /** Every member has submitted; the leader's review is not complete. */
    REVIEWING,
    /** Every sheet is reviewed; staff have not finalised them all. */
    FINALISING,
    /** Every sheet is finalised. */
    FINALISED;

    /**
     * @param members  how many units the cluster has
     * @param bySheet  sheets per state (SELF_SCORING, SUBMITTED, REVIEWED, FINALISED); missing states count 0
     */
    public static ReviewStage of(int members, Map<String, Integer> bySheet) {
        int self = bySheet.getOrDefault("SELF_SCORING", 0);
        int submitted = bySheet.getOrDefault("SUBMITTED", 0);
        int reviewed = bySheet.getOrDefault("REVIEWED", 0);
        int finalised = bySheet.getOrDefault("FINALISED", 0);
        int sheets = self + submitted + reviewed + finalised;
        if (sheets == 0) {
            return NOT_STARTED;
        }
        if (self > 0 || sheets < members) {
            return SELF_SCORING;
        }
        if (submitted > 0) {
            return REVIEWING;
        }
        return finalised >= members ? FINALISED : FINALISING;
    }
}
