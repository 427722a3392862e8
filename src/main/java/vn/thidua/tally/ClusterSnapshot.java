package vn.thidua.tally;

/**
 * One cluster's tally as computed for everybody (every member's row, no reader's scope applied) with its leader, so
 * that a reader's scope can be applied to a kept copy exactly as to a fresh one ({@link TallyQueries#scoped}). Never
 * handed out: readers get copies.
 */
record ClusterSnapshot(TallyView.ClusterTally tally, Long leaderUnitId) {
}
