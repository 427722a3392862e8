package vn.thidua.pledge;

/** What a rated target counts: each member's child units of a category (hamlet committees), or the member units themselves. */
public enum TargetSubject {
    CHILD_UNITS, MEMBER_UNITS
}
