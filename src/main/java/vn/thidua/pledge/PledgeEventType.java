package vn.thidua.pledge;

/** Entries of the pledge's hash-chained log. */
public enum PledgeEventType {
    CREATED, DISCUSSION_OPENED, FINALISED, SIGNED, PAPER_SIGNED, CONFIRMED, AMENDED, REMINDED
}
