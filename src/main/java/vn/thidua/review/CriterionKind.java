package vn.thidua.review;

/**
 * How a criterion counts in the total: points earned (SCORED), bonus points whose group's maximum is a cap (BONUS,
 * điểm thưởng), or points taken off (DEDUCTION, điểm trừ). A child has its parent's kind.
 */
public enum CriterionKind {
    SCORED, BONUS, DEDUCTION
}
