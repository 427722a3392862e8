package vn.thidua.review;

/**
 * How a criterion linked to a pledge target is scored from the tally: full points when met and none otherwise, or in
 * proportion to how much of the target was reached.
 */
public enum LinkMode {
    ALL_OR_NOTHING, PROPORTIONAL
}
