package vn.thidua.review;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.xlsx.BadFiles;
import vn.thidua.review.SheetXlsx.Result;
import vn.thidua.review.SheetXlsx.Row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetXlsxTest {

    private static final Object[] HEADER = SheetXlsx.HEADER.split(" \\| ");
    private static final String AREA = "Công tác tuyên truyền, vận động";
    private static final String CRITERION = "Tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” ở khu dân cư";

    // --- helpers --------------------------------------------------------------------------------------------------

    /** A workbook whose first sheet has the given rows (String, Number or Boolean cells); a null row is left out. */
    private static byte[] xlsx(Object[]... rows) {
        return workbook(sheet -> {
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        row.createCell(c).setCellValue(b);
                    }
                }
            }
        });
    }

    /** A workbook with a first sheet filled by {@code fill} and a second one that must never be read. */
    private static byte[] workbook(Consumer<XSSFSheet> fill) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb.createSheet("Data"));
            wb.createSheet("Other").createRow(0).createCell(0).setCellValue("ignored");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Result read(byte[] xlsx) {
        return SheetXlsx.read(xlsx, 500);
    }

    /** Errors as "line key [args]", to compare whole lists at once. */
    private static List<String> errors(Result result) {
        return result.errors().stream()
                .map(e -> e.line() + " " + e.key() + (e.args().isEmpty() ? "" : " " + e.args())).toList();
    }

    private static Row row(int line, String code, String parent, String name, String kind, String points) {
        return new Row(line, code, parent, name, kind, points, "", "", "");
    }

    private static List<String> codes(Result result) {
        assertTrue(result.errors().isEmpty(), result::toString);
        return result.rows().stream().map(Row::code).toList();
    }

    // --- template and round trip ----------------------------------------------------------------------------------

    @Test
    void templateReadsBackTheSameRows() {
        List<Row> rows = List.of(
                new Row(0, "01", "", AREA, "SCORED", "30", "", "", ""),
                new Row(0, "01.1", "01", CRITERION, "SCORED", "12", "yes", "CT-07", "PROPORTIONAL"),
                new Row(0, "1.10", "01", "Tiêu chí có mã giống số", "SCORED", "2.5", "no", "0042", "ALL_OR_NOTHING"),
                new Row(0, "02", "", "Điểm thưởng", "BONUS", "5", "", "", ""),
                new Row(0, "03", "", "Điểm trừ", "DEDUCTION", "2.50", "", "", ""), // not a plain number: kept as text
                new Row(0, "04", "", "Chưa có điểm", "", "", "", "", ""));
        Result result = read(SheetXlsx.template(rows));
        assertTrue(result.errors().isEmpty(), result::toString);
        List<Row> expected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            expected.add(new Row(i + 2, r.code(), r.parentCode(), r.name(), r.kind(), r.maxPoints(),
                    r.evidenceRequired(), r.targetCode(), r.linkMode()));
        }
        assertEquals(expected, result.rows());
    }

    @Test
    void emptyTemplateReadsAsEmpty() {
        assertEquals(List.of("0 review.sheet.xlsx.empty"), errors(read(SheetXlsx.template(List.of()))));
    }

    @Test
    void templateLayout() throws IOException {
        byte[] book = SheetXlsx.template(List.of(new Row(0, "01", null, AREA, "SCORED", "10", null, null, null)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            XSSFSheet data = wb.getSheetAt(0);
            assertEquals(SheetXlsx.SHEET_DATA, data.getSheetName());
            assertEquals(SheetXlsx.SHEET_GUIDE, wb.getSheetAt(1).getSheetName());
            for (int c = 0; c < HEADER.length; c++) {
                XSSFCell cell = data.getRow(0).getCell(c);
                assertEquals(HEADER[c], cell.getStringCellValue());
                assertTrue(cell.getCellStyle().getFont().getBold());
            }
            assertNotNull(data.getPaneInformation());
            assertEquals(1, data.getPaneInformation().getHorizontalSplitPosition());
            for (int c : new int[] {0, 1, 6}) {
                XSSFCellStyle style = data.getColumnStyle(c) instanceof XSSFCellStyle s ? s : null;
                assertNotNull(style);
                assertEquals("@", style.getDataFormatString(), "column " + c);
            }
            assertEquals("@", data.getRow(1).getCell(0).getCellStyle().getDataFormatString());
            assertEquals(10.0, data.getRow(1).getCell(4).getNumericCellValue());

            List<String> lists = new ArrayList<>();
            for (DataValidation v : data.getDataValidations()) {
                var range = v.getRegions().getCellRangeAddress(0);
                assertEquals(1, range.getFirstRow());
                assertEquals(SheetXlsx.TEMPLATE_ROWS, range.getLastRow());
                String[] values = v.getValidationConstraint().getExplicitListValues();
                lists.add(range.getFirstColumn() + "=" + Arrays.toString(values));
            }
            assertEquals(List.of("3=[SCORED, BONUS, DEDUCTION]", "5=[yes, no]", "7=[ALL_OR_NOTHING, PROPORTIONAL]"),
                    lists.stream().sorted().toList());

            StringBuilder guide = new StringBuilder();
            wb.getSheetAt(1).forEach(r -> r.forEach(c -> guide.append(c.getStringCellValue()).append('\n')));
            for (Object column : HEADER) {
                assertTrue(guide.toString().contains(column + "\n"), column.toString());
            }
            assertTrue(guide.toString().contains("ALL_OR_NOTHING (đạt: đủ điểm, không đạt: 0)"));
        }
    }

    // --- cell values ----------------------------------------------------------------------------------------------

    @Test
    void numbersReadAsTheyAreSeen() {
        Result result = read(xlsx(HEADER,
                new Object[] {10, "", "a", "SCORED", 10},
                new Object[] {2.5, "", "b", "SCORED", 2.5},
                new Object[] {1.1, 1, "c", "SCORED", 0.1 + 0.2},   // 0.30000000000000004 in binary
                new Object[] {"01", "", "d", "SCORED", 1e7, true, 52000000, false}));
        assertEquals(List.of(
                row(2, "10", "", "a", "SCORED", "10"),
                row(3, "2.5", "", "b", "SCORED", "2.5"),
                row(4, "1.1", "1", "c", "SCORED", "0.3"),
                new Row(5, "01", "", "d", "SCORED", "10000000", "true", "52000000", "false")), result.rows());
    }

    @Test
    void zeroPaddedNumberFormatReadsAsShown() {
        byte[] book = workbook(sheet -> {
            XSSFRow h = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue((String) HEADER[c]);
            }
            XSSFCell code = sheet.createRow(1).createCell(0);
            code.setCellValue(1);
            XSSFCellStyle padded = sheet.getWorkbook().createCellStyle();
            padded.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("00"));
            code.setCellStyle(padded);
        });
        assertEquals(List.of("01"), codes(read(book)));
    }

    @Test
    void valuesAreTrimmedAndVietnameseKept() {
        String decomposed = Normalizer.normalize(CRITERION, Normalizer.Form.NFD);
        Result result = read(xlsx(
                new Object[] {" Code ", "PARENT_CODE", "Name", " kind", "Max_Points ", "evidence_required",
                    "target_code", "LINK_MODE", "ghi chú: bỏ qua"},
                new Object[] {"\u00A0 01 ", "  ", " " + AREA + "\t", "SCORED", " 30 "},
                new Object[] {"01.1", "01", decomposed, "SCORED", "10", "có", "", "", "cột thứ chín"}));
        assertEquals(List.of(
                row(2, "01", "", AREA, "SCORED", "30"),
                new Row(3, "01.1", "01", CRITERION, "SCORED", "10", "có", "", "")), result.rows());
    }

    @Test
    void blankRowsAreSkippedButKeepTheirLineNumbers() {
        Result result = read(xlsx(HEADER,
                new Object[] {"01", "", AREA, "SCORED", 30},
                null,                                                  // row 3: not in the file
                new Object[] {" ", "", "\u00A0"},                      // row 4: spaces only
                new Object[] {null, null, null, null, null, null, null, null, "only past column H"},
                new Object[] {"01.1", "01", CRITERION, "SCORED", 10}));
        assertEquals(List.of(row(2, "01", "", AREA, "SCORED", "30"), row(6, "01.1", "01", CRITERION, "SCORED", "10")),
                result.rows());
    }

    // --- formulas -------------------------------------------------------------------------------------------------

    /** Header, then one row whose max_points holds {@code formula}, evaluated by POI or left without a value. */
    private static byte[] withFormula(String formula, boolean evaluate) {
        return workbook(sheet -> {
            XSSFRow h = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue((String) HEADER[c]);
            }
            XSSFRow r = sheet.createRow(1);
            r.createCell(0).setCellValue("01");
            r.createCell(2).setCellValue(AREA);
            XSSFCell cell = r.createCell(4);
            cell.setCellFormula(formula);
            if (evaluate) {
                sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
            }
        });
    }

    @Test
    void formulaReadsAsItsCachedValue() {
        Result result = read(withFormula("0.1+0.2+2", true));
        assertEquals(List.of(row(2, "01", "", AREA, "", "2.3")), result.rows());
        assertEquals("abc", read(withFormula("\"ab\"&\"c\"", true)).rows().get(0).maxPoints());
    }

    @Test
    void formulaWithoutAUsableValueIsRefused() {
        assertEquals(List.of("2 review.sheet.xlsx.formula [E2]"), errors(read(withFormula("10+2", false))));
        assertEquals(List.of("2 review.sheet.xlsx.formula [E2]"), errors(read(withFormula("1/0", true))));
        assertTrue(read(withFormula("1/0", true)).rows().isEmpty());
    }

    // --- file-level errors ----------------------------------------------------------------------------------------

    @Test
    void wrongHeader() {
        List<String> expected = List.of("1 review.sheet.xlsx.header [" + SheetXlsx.HEADER + "]");
        Object[] data = {"01", "", AREA, "SCORED", 30};
        assertEquals(expected, errors(read(xlsx(new Object[] {"code", "parent", "name"}, data))));
        assertEquals(expected, errors(read(xlsx(Arrays.copyOf(HEADER, 7), data))));        // link_mode missing
        assertEquals(expected, errors(read(xlsx(data, HEADER))));                          // data first
        assertEquals(expected, errors(read(xlsx(null, HEADER, data))));                    // header on row 2
        assertEquals(expected, errors(read(xlsx(new Object[] {"mã", "mã cha", "tên", "loại", "điểm tối đa",
            "minh chứng", "mã chỉ tiêu", "cách tính"}, data))));
        assertTrue(read(xlsx(new Object[] {"code"})).rows().isEmpty());
    }

    @Test
    void tooManyRows() {
        Object[][] rows = {HEADER, {"01"}, null, {"02"}, {"03"}, {"04"}};
        assertEquals(List.of("01", "02"), codes(SheetXlsx.read(xlsx(Arrays.copyOf(rows, 4)), 2)));
        Result result = SheetXlsx.read(xlsx(rows), 2);
        assertEquals(List.of("5 review.sheet.xlsx.tooManyRows [2]"), errors(result));
        assertTrue(result.rows().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> SheetXlsx.read(xlsx(HEADER), 0));
    }

    @Test
    void emptySheets() {
        List<String> empty = List.of("0 review.sheet.xlsx.empty");
        assertEquals(empty, errors(read(xlsx())));
        assertEquals(empty, errors(read(xlsx(HEADER))));
        assertEquals(empty, errors(read(xlsx(HEADER, null, new Object[] {" ", ""}))));
    }

    @Test
    void unreadableFiles() throws Exception {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        byte[] good = xlsx(HEADER, new Object[] {"01"});
        assertEquals(List.of("01"), codes(read(good)));
        List<byte[]> bad = List.of(
                new byte[0],
                random,
                "code,parent_code,name\n01,,A\n".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(good, good.length / 2),
                zip("hello.txt", new byte[] {'h', 'i'}),
                BadFiles.docx("code | parent_code | name"),
                encrypted(good),
                // an old-style .xls (OLE2) header
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                BadFiles.bomb());
        for (int i = 0; i < bad.size(); i++) {
            assertEquals(List.of("0 review.sheet.xlsx.unreadable"), errors(read(bad.get(i))), "file " + i);
        }
    }

    private static byte[] zip(String name, byte[] content) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The workbook as Excel saves it with a password: an OLE2 container around the encrypted package. */
    private static byte[] encrypted(byte[] xlsx) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("mật khẩu");
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
