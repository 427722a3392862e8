package vn.thidua.shared.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvTextTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void decodesUtf8AndDropsALeadingByteOrderMark() throws Exception {
        assertEquals("Xã Đông,1\n", CsvText.decodeUtf8(utf8("\uFEFFXã Đông,1\n")));
        assertEquals("Xã Đông", CsvText.decodeUtf8(utf8("Xã Đông")));
        assertEquals("", CsvText.decodeUtf8(new byte[0]));
        assertEquals("", CsvText.decodeUtf8(utf8("\uFEFF")));
    }

    @Test
    void keepsAByteOrderMarkThatIsNotFirst() throws Exception {
        assertEquals("a\uFEFF", CsvText.decodeUtf8(utf8("\uFEFFa\uFEFF")));
    }

    @Test
    void reportsTheLineOfTheFirstBadByte() {
        byte[] bytes = utf8("a\r\nb\nc\u00e9\n");
        bytes[bytes.length - 3] = (byte) 0xE9; // Latin-1 "é" where UTF-8 wants two bytes: 0xE9 0x0A is malformed
        CsvText.BadEncoding e = assertThrows(CsvText.BadEncoding.class, () -> CsvText.decodeUtf8(bytes));
        assertEquals(3, e.getLine());
    }

    @Test
    void aTruncatedSequenceAtTheEndIsBadToo() {
        byte[] bytes = {'a', '\n', (byte) 0xC3};
        assertEquals(2, assertThrows(CsvText.BadEncoding.class, () -> CsvText.decodeUtf8(bytes)).getLine());
    }

    @Test
    void aBadFirstByteIsLineOne() {
        byte[] bytes = {(byte) 0xFF, '\n', 'a'};
        assertEquals(1, assertThrows(CsvText.BadEncoding.class, () -> CsvText.decodeUtf8(bytes)).getLine());
    }

    @Test
    void cellsThatAFormulaWouldStartAreMadeText() {
        assertEquals("# 31021-01: Ấp A, '=HYPERLINK(\"http://x\")", CsvText.spreadsheetSafe("# 31021-01: Ấp A, =HYPERLINK(\"http://x\")"));
        assertEquals("'=1+1;'+2;'-3;'@SUM(A1)", CsvText.spreadsheetSafe("=1+1;+2;-3;@SUM(A1)"));
        assertEquals("# Ấp Kinh 2-3, ấp 5", CsvText.spreadsheetSafe("# Ấp Kinh 2-3, ấp 5"), "a dash inside a cell is harmless");
    }
}
