package vn.thidua.shared.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers as both imports read them: what Excel shows, without exponent or grouping. */
class PlainNumbersTest {

    @Test
    void plainDecimalsAsExcelShowsThem() {
        assertEquals("45000000", PlainNumbers.plain(45_000_000d));
        assertEquals("0.3", PlainNumbers.plain(0.1 + 0.2)); // 0.30000000000000004 in binary: Excel shows 15 digits
        assertEquals("12.5", PlainNumbers.plain(12.50));
        assertEquals("0", PlainNumbers.plain(-0.0));
        assertEquals("-7", PlainNumbers.plain(-7d));
        assertEquals("100000000000000000000", PlainNumbers.plain(1e20));
        assertEquals("0.000001", PlainNumbers.plain(1e-6));
        assertEquals("NaN", PlainNumbers.plain(Double.NaN));
    }

    @Test
    void zeroPaddedAndDateFormatsReadAsShown() {
        PlainNumbers numbers = new PlainNumbers();
        assertEquals("00004", numbers.formatRawCellContents(4, 164, "00000"));
        assertEquals("4", numbers.formatRawCellContents(4, 165, "#,##0.00"));
        assertEquals("45000000", numbers.formatRawCellContents(45_000_000, 3, "#,##0"));
        assertEquals("1/15/22", numbers.formatRawCellContents(44576, 14, "m/d/yy"));
    }
}
