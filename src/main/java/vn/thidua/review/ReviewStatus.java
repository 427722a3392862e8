package vn.thidua.review;

import java.util.Locale;

/** Where a unit's year-end scoring stands: self-scoring → submitted → reviewed → finalised (reopened to submitted). */
public enum ReviewStatus {
    SELF_SCORING, SUBMITTED, REVIEWED, FINALISED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
