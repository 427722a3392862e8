package vn.thidua.pledge;

/** Entries of the pledge's hash-chained log. DOCUMENT_ISSUED logs the signed PDF's SHA-256 once it is rendered. */
public enum PledgeEventType {
    CREATED, DISCUSSION_OPENED, FINALISED, SIGNED, PAPER_SIGNED, CONFIRMED, AMENDED, REMINDED, DOCUMENT_ISSUED
}
