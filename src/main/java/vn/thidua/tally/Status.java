package vn.thidua.tally;

import java.util.Locale;

/**
 * Outcome of one target for one unit or a cluster. {@link #INCOMPLETE} means a figure the outcome depends on is still
 * missing (a rating, an amount, a count); it is never reported as met on a guess.
 */
public enum Status {
    MET, NOT_MET, INCOMPLETE, NOT_APPLICABLE;

    /** The name used in the API: "met", "not_met", "incomplete", "not_applicable". */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
