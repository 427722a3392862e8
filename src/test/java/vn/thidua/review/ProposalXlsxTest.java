package vn.thidua.review;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProposalXlsxTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static XSSFCell cell(XSSFSheet sheet, int row, int column) {
        XSSFRow r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        XSSFCell c = cell(sheet, row, column);
        return c == null ? "" : c.toString();
    }

    /** The header row: found by its first heading rather than counted, as the title block varies. */
    private static int headerRow(XSSFSheet sheet, String first) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            if (first.equals(text(sheet, r, 0))) {
                return r;
            }
        }
        throw new AssertionError("no header row starting with " + first);
    }

    private static List<String> column(XSSFSheet sheet, int column) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            out.add(text(sheet, r, column));
        }
        return out;
    }

    private static List<String> row(XSSFSheet sheet, int row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < sheet.getRow(row).getLastCellNum(); c++) {
            out.add(text(sheet, row, c));
        }
        return out;
    }

    @Test
    void titleBlockAndTable() throws IOException {
        try (XSSFWorkbook wb = open(ProposalXlsx.write(ProposalPdfTest.sample(), VI))) {
            assertEquals(1, wb.getNumberOfSheets());
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Đề nghị khen thưởng", s.getSheetName());
            assertEquals("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", text(s, 0, 0));
            assertEquals("Phong trào thi đua “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2022", text(s, 1, 0));
            List<String> first = column(s, 0);
            assertTrue(first.contains("Đơn vị tổ chức: Ủy ban MTTQ Việt Nam huyện An Minh"), first::toString);
            assertTrue(first.contains("Cụm thi đua: Cụm thi đua số 1"), first::toString);
            assertTrue(first.contains("Cụm trưởng: Xã Vân Khánh Tây"), first::toString);
            assertTrue(first.contains("Căn cứ kết quả hội nghị tổng kết của cụm ngày 10/12/2022: số đại biểu dự 12, "
                    + "số đại biểu biểu quyết 11."), first::toString);

            int h = headerRow(s, "STT");
            assertEquals(List.of("STT", "Mã đơn vị", "Đơn vị", "Hình thức đề nghị", "Hạng", "Điểm", "Xếp loại", "Số phiếu",
                    "Chỉ tiêu đạt", "Thành tích / lý do"), row(s, h));
            // the header stays in view and on every printed page
            assertEquals(h + 1, s.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals(h, s.getRepeatingRows().getFirstRow());

            int r = h + 1;
            assertEquals(1, cell(s, r, 0).getNumericCellValue());
            XSSFCell code = cell(s, r, 1);
            assertEquals(CellType.STRING, code.getCellType());
            assertEquals("00004", code.getStringCellValue());
            assertEquals("@", code.getCellStyle().getDataFormatString());
            assertEquals("Xã Vân Khánh Tây", text(s, r, 2));
            assertEquals("Cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam", text(s, r, 3));
            assertEquals(CellType.NUMERIC, cell(s, r, 4).getCellType());
            assertEquals(1, cell(s, r, 4).getNumericCellValue());
            assertEquals(CellType.NUMERIC, cell(s, r, 5).getCellType());
            assertEquals(96.5, cell(s, r, 5).getNumericCellValue(), 1e-9);
            assertEquals("Hoàn thành xuất sắc", text(s, r, 6));
            assertEquals(10, cell(s, r, 7).getNumericCellValue());
            assertEquals("6/6", text(s, r, 8));
            assertTrue(text(s, r, 9).startsWith("Hoàn thành xuất sắc nhiệm vụ năm 2022; dẫn đầu cụm"), text(s, r, 9));

            r++;
            assertEquals("00012", text(s, r, 1));
            assertEquals("Thị trấn Thứ Mười Một", text(s, r, 2));
            assertEquals(93.25, cell(s, r, 5).getNumericCellValue(), 1e-9);
            // not a candidate: no vote count rather than a zero
            assertEquals(CellType.BLANK, cell(s, r, 7).getCellType());

            r += 2;
            assertEquals("Xã Vân Khánh Đông", text(s, r, 2));
            assertEquals("Giấy khen của Ủy ban MTTQ huyện", text(s, r, 3));
            assertEquals(88.75, cell(s, r, 5).getNumericCellValue(), 1e-9);
            assertEquals("", text(s, r, 9));

            assertTrue(first.contains("Ghi chú: " + ProposalPdfTest.TIE_BREAK), first::toString);
            assertTrue(first.indexOf("Ghi chú: " + ProposalPdfTest.TIE_BREAK) > r, "the note is under the table");
        }
    }

    @Test
    void englishLabels() throws IOException {
        try (XSSFWorkbook wb = open(ProposalXlsx.write(ProposalPdfTest.sample(), Locale.ENGLISH))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Proposals", s.getSheetName());
            assertEquals("LIST OF PROPOSALS FOR COMMENDATION", text(s, 0, 0));
            int h = headerRow(s, "No.");
            assertEquals("Unit code", text(s, h, 1));
            assertEquals("Proposed award", text(s, h, 3));
            assertEquals("Xã Vân Khánh Tây", text(s, h + 1, 2));
            assertTrue(column(s, 0).contains("Note: " + ProposalPdfTest.TIE_BREAK));
        }
    }

    @Test
    void emptyListSaysSo() throws IOException {
        ProposalList empty = ProposalList.of("Ủy ban MTTQ Việt Nam huyện An Minh", "An Minh", "Thi đua yêu nước",
                "2022", "Cụm thi đua số 3", "Xã Đông Thạnh", null, null, 0, 0, "  ");
        try (XSSFWorkbook wb = open(ProposalXlsx.write(empty, null))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Thi đua yêu nước năm 2022", text(s, 1, 0));
            int h = headerRow(s, "STT");
            assertEquals("Không có đề nghị", text(s, h + 1, 0));
            assertEquals(h + 1, s.getLastRowNum(), "no note for a blank tie-break");
            assertFalse(column(s, 0).stream().anyMatch(t -> t.startsWith("Căn cứ")), "no meeting recorded");
        }
        try (XSSFWorkbook wb = open(ProposalXlsx.write(new ProposalList(), null))) {
            assertEquals("Không có đề nghị", text(wb.getSheetAt(0), headerRow(wb.getSheetAt(0), "STT") + 1, 0));
        }
    }

    @Test
    void scoreThatIsNoNumberStaysText() throws IOException {
        ProposalList list = ProposalList.of(null, null, null, null, null, null, null, LocalDate.of(2022, 12, 10), 5, 5, null)
                .add("00001", "Xã A", "TITLE", "Cờ thi đua", 1, "chưa chấm", "", 0, "", "");
        try (XSSFWorkbook wb = open(ProposalXlsx.write(list, VI))) {
            XSSFSheet s = wb.getSheetAt(0);
            int h = headerRow(s, "STT");
            assertEquals(CellType.STRING, cell(s, h + 1, 5).getCellType());
            assertEquals("chưa chấm", text(s, h + 1, 5));
        }
    }
}
