package vn.thidua.assessment;

/** A commune's year-end report: Draft → Submitted → Returned (with a reason) or Accepted; publishing locks all. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED
}
