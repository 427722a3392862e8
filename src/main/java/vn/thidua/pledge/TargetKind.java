package vn.thidua.pledge;

/** The five kinds of chỉ tiêu the year-end tally can compute. */
public enum TargetKind {
    RATED_SHARE, RATED_COUNT_AT_MOST, QUANTITY, PEOPLE_SHARE, DONE
}
