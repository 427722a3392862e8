package vn.thidua.assessment;

import org.junit.jupiter.api.Test;
import vn.thidua.pledge.TargetKind;
import vn.thidua.shared.RuleViolation;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clearing an entry is a real change (stored → none), and recording the same value again is no change at all. */
class ResultClearingTest {

    @Test
    void clearingAStoredValueDeletesItAndClearingNothingDoesNothing() {
        assertEquals(ResultEdit.CLEAR, ResultEdit.of("HTT", ResultValue.NONE));
        assertEquals(ResultEdit.CLEAR, ResultEdit.of("45000000", ResultValue.NONE));
        assertEquals(ResultEdit.CLEAR, ResultEdit.of("no", ResultValue.NONE), "a done target answered 'no' is still an entry");
        assertEquals(ResultEdit.UNCHANGED, ResultEdit.of(null, ResultValue.NONE), "nothing stored: no audit row '— → —'");
        assertEquals(ResultEdit.UNCHANGED, ResultEdit.of("", ResultValue.NONE));
    }

    @Test
    void theSameValueAgainIsUnchangedAndAnyOtherIsSet() {
        assertEquals(ResultEdit.UNCHANGED, ResultEdit.of("45000000", ResultValues.forTarget(TargetKind.QUANTITY, "45.000.000")),
                "no audit row '45000000 → 45000000'");
        assertEquals(ResultEdit.UNCHANGED, ResultEdit.of("9/10", ResultValues.forTarget(TargetKind.PEOPLE_SHARE, "9 / 10")));
        assertEquals(ResultEdit.SET, ResultEdit.of("45000000", ResultValues.forTarget(TargetKind.QUANTITY, "45000001")));
        assertEquals(ResultEdit.SET, ResultEdit.of("HTT", ResultValue.rating("HTXS")));
        assertEquals(ResultEdit.SET, ResultEdit.of(null, ResultValue.rating("HT")));
        assertEquals(ResultEdit.SET, ResultEdit.of("yes", ResultValue.done(false)));
        assertEquals(ResultEdit.SET, ResultEdit.of(null, ResultValue.amount(BigDecimal.ZERO)), "zero is a value, not a clear");
    }

    @Test
    void noneIsTheOnlyEmptyValue() {
        assertTrue(ResultValue.NONE.isEmpty());
        assertEquals("", ResultValue.NONE.describe());
        assertFalse(ResultValue.amount(BigDecimal.ZERO).isEmpty());
        assertFalse(ResultValue.done(false).isEmpty());
        assertFalse(ResultValue.people(0, 0).isEmpty());
        assertFalse(ResultValue.rating("KHT").isEmpty());
    }

    @Test
    void figuresCanBeClearedButATargetComputedFromRatingsCannot() {
        assertTrue(ResultValues.cleared(TargetKind.QUANTITY).isEmpty());
        assertTrue(ResultValues.cleared(TargetKind.PEOPLE_SHARE).isEmpty());
        assertTrue(ResultValues.cleared(TargetKind.DONE).isEmpty());
        assertEquals("results.error.computedTarget",
                assertThrows(RuleViolation.class, () -> ResultValues.cleared(TargetKind.RATED_SHARE)).getKey());
        assertEquals("results.error.computedTarget",
                assertThrows(RuleViolation.class, () -> ResultValues.cleared(TargetKind.RATED_COUNT_AT_MOST)).getKey());
    }

    @Test
    void aBlankValueIsStillRefusedUnlessTheLineSaysItClears() {
        // a typed or imported blank never clears by accident: only an explicit clearing line does
        assertEquals("results.error.valueMissing",
                assertThrows(RuleViolation.class, () -> ResultValues.forTarget(TargetKind.QUANTITY, " ")).getKey());
        ResultService.Line typed = new ResultService.Line(3, "31021", "quy-vi-nguoi-ngheo", "");
        assertFalse(typed.clear());
        ResultService.Line clearing = ResultService.Line.clearing(1, "31021-01", "rating");
        assertTrue(clearing.clear());
        assertNull(clearing.value());
    }
}
