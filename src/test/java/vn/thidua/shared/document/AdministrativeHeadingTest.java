package vn.thidua.shared.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.BaseFont;

/** The Decree 30 rules the heading applies alike on the pledge, the tally and the proposal list. */
class AdministrativeHeadingTest {

    @Test
    void daysBelowTenAndMonthsOneAndTwoTakeALeadingZero() {
        assertEquals("05", AdministrativeHeading.day(LocalDate.of(2022, 2, 5)));
        assertEquals("02", AdministrativeHeading.month(LocalDate.of(2022, 2, 5)));
        assertEquals("01", AdministrativeHeading.month(LocalDate.of(2022, 1, 10)));
        assertEquals("10", AdministrativeHeading.day(LocalDate.of(2022, 1, 10)));
        assertEquals("3", AdministrativeHeading.month(LocalDate.of(2022, 3, 31)));
        assertEquals("12", AdministrativeHeading.month(LocalDate.of(2022, 12, 1)));
    }

    @Test
    void theRuleUnderALongIssuerFollowsItsLongestPrintedLine() {
        BaseFont bold = DocumentFonts.bold();
        String name = "BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN AN MINH";
        float width = bold.getWidthPoint("BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN", 12) + 1;
        assertEquals(name, AdministrativeHeading.longestLine(name, bold, 12, bold.getWidthPoint(name, 12)));
        String line = AdministrativeHeading.longestLine(name, bold, 12, width);
        assertEquals("BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN", line);
    }
}
