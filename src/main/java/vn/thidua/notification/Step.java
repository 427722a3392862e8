package vn.thidua.notification;

/** The steps of a campaign's year that carry a deadline (hạn), in the order they happen. */
public enum Step {
    COMMENTS, SIGNING, RESULTS, SELF_SCORING, REVIEW
}
