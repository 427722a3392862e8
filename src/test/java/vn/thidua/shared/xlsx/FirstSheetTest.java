package vn.thidua.shared.xlsx;

import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks every .xlsx import shares: only a sane workbook is opened, and a handler may stop the reading. */
class FirstSheetTest {

    /** Collects "A1=text" for each cell of the first sheet; stops at a cell reading "stop". */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<String> cells = new ArrayList<>();

        @Override
        public void startRow(int rowNum) {
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if ("stop".equals(value)) {
                throw new FirstSheet.Stop();
            }
            cells.add(ref + "=" + value);
        }
    }

    private static FirstSheet.Outcome read(byte[] xlsx, Cells cells) {
        return FirstSheet.stream(xlsx, (styles, strings) -> new XSSFSheetXMLHandler(styles, strings, cells, false));
    }

    @Test
    void readsTheFirstSheetOnly() throws IOException {
        Cells cells = new Cells();
        assertEquals(FirstSheet.Outcome.READ, read(workbook("một", "hai"), cells));
        assertEquals(List.of("A1=một"), cells.cells);
    }

    @Test
    void aStopEndsTheReadingAndTheCallerKnowsWhy() throws IOException {
        Cells cells = new Cells();
        assertEquals(FirstSheet.Outcome.UNREADABLE, read(workbook("stop", "hai"), cells));
        assertTrue(cells.cells.isEmpty());
    }

    @Test
    void aWorkbookWithoutSheetsIsNoSheet() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            assertEquals(FirstSheet.Outcome.NO_SHEET, read(out.toByteArray(), new Cells()));
        }
    }

    @Test
    void onlyASaneWorkbookIsOpened() throws IOException {
        assertEquals(FirstSheet.Outcome.UNREADABLE, read(new byte[0], new Cells()));
        assertEquals(FirstSheet.Outcome.UNREADABLE, read(BadFiles.docx("unit_code | measure | value"), new Cells()));
        // inflates past the limit, whatever the zip declares
        assertFalse(FirstSheet.saneZip(BadFiles.bomb()));
        assertTrue(FirstSheet.saneZip(BadFiles.zip(1, 1000)));
        assertFalse(FirstSheet.saneZip(BadFiles.zip(FirstSheet.MAX_ZIP_ENTRIES + 1, 1)));
        assertTrue(FirstSheet.saneZip(BadFiles.zip(FirstSheet.MAX_ZIP_ENTRIES, 1)));
        assertEquals(FirstSheet.Outcome.UNREADABLE, read(BadFiles.bomb(), new Cells()));
    }

    private static byte[] workbook(String first, String second) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("1").createRow(0).createCell(0).setCellValue(first);
            wb.createSheet("2").createRow(0).createCell(0).setCellValue(second);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
