package vn.thidua.assessment;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.xlsx.BadFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultXlsxTest {

    private static final String HTT = "Hoàn thành tốt nhiệm vụ";

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static ResultSheet sheet() {
        ResultSheet s = new ResultSheet();
        s.campaignName = "Thi đua 2025";
        s.unitCode = "00004";
        s.unitName = "Xã Hòa An";
        s.levels.add(level("HTXS", "Hoàn thành xuất sắc nhiệm vụ"));
        s.levels.add(level("HTT", HTT));
        s.levels.add(level("HT", "Hoàn thành nhiệm vụ"));
        s.levels.add(level("KHT", "Không hoàn thành nhiệm vụ"));
        s.hamlets.add(hamlet("00004-01", "Ấp Một", "HTT"));
        s.hamlets.add(hamlet("00004-02", "Ấp Hai", null));
        s.figures.add(figure("new-members", "Kết nạp hội viên mới", "QUANTITY", "52000000"));
        s.figures.add(figure("poor-houses", "Nhà Đại đoàn kết", "PEOPLE_SHARE", "9/10"));
        s.figures.add(figure("green-roads", "Đường giao thông xanh", "DONE", null));
        return s;
    }

    private static ResultSheet.Level level(String code, String name) {
        ResultSheet.Level l = new ResultSheet.Level();
        l.code = code;
        l.name = name;
        return l;
    }

    private static ResultSheet.RatingRow hamlet(String code, String name, String level) {
        ResultSheet.RatingRow r = new ResultSheet.RatingRow();
        r.code = code;
        r.name = name;
        r.levelCode = level;
        return r;
    }

    private static ResultSheet.FigureRow figure(String code, String name, String kind, String value) {
        ResultSheet.FigureRow f = new ResultSheet.FigureRow();
        f.code = code;
        f.name = name;
        f.kind = kind;
        f.value = value;
        return f;
    }

    /** A workbook whose first sheet has the given rows; a null row is left out (an empty Excel row). */
    private static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Data");
            wb.createSheet("Other").createRow(0).createCell(0).setCellValue("ignored");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) {
                        continue;
                    }
                    XSSFCell cell = row.createCell(c);
                    if (v instanceof Number) {
                        cell.setCellValue(((Number) v).doubleValue());
                    } else if (v instanceof Boolean) {
                        cell.setCellValue((Boolean) v);
                    } else {
                        cell.setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Object[] header() {
        return new Object[] {"unit_code", "measure", "value"};
    }

    private static ResultCsvResult read(byte[] bytes) {
        return ResultXlsx.read(bytes, ResultCsvParser.DEFAULT_MAX_ROWS);
    }

    private static List<String> errors(ResultCsvResult result) {
        return result.getErrors().stream()
                .map(e -> e.getLine() + " " + e.getKey() + (e.getArgs().isEmpty() ? "" : " " + e.getArgs()))
                .collect(Collectors.toList());
    }

    private static void setValue(XSSFSheet sheet, int row, String value) {
        XSSFCell cell = sheet.getRow(row).getCell(2);
        cell.setCellValue(value);
    }

    // --- template ---------------------------------------------------------------------------------------------------

    @Test
    void templateFilledInReadsBackAsTheSameRows() throws IOException {
        byte[] template = ResultXlsx.template(sheet());
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet data = wb.getSheetAt(0);
            setValue(data, 2, "HT");
            setValue(data, 5, "có");
            wb.write(out);
            filled = out.toByteArray();
        }
        ResultCsvResult result = read(filled);
        assertTrue(result.isOk(), result::toString);
        assertEquals(List.of(
                new ResultCsvRow(2, "00004-01", "rating", "HTT"),
                new ResultCsvRow(3, "00004-02", "rating", "HT"),
                new ResultCsvRow(4, "00004", "new-members", "52000000"),
                new ResultCsvRow(5, "00004", "poor-houses", "9/10"),
                new ResultCsvRow(6, "00004", "green-roads", "có")), result.getRows());
    }

    @Test
    void templateAsGeneratedReportsTheValuesStillToFill() {
        ResultCsvResult result = read(ResultXlsx.template(sheet()));
        assertEquals(List.of("3 results.csv.valueMissing", "6 results.csv.valueMissing"), errors(result));
        assertEquals(3, result.getRows().size());
    }

    @Test
    void templateLayout() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ResultXlsx.template(sheet())))) {
            assertEquals(2, wb.getNumberOfSheets());
            XSSFSheet data = wb.getSheetAt(0);
            assertEquals("Kết quả", data.getSheetName());
            assertEquals("Hướng dẫn", wb.getSheetAt(1).getSheetName());
            XSSFRow head = data.getRow(0);
            assertEquals(List.of("unit_code", "measure", "value", "name"), Arrays.asList(
                    head.getCell(0).getStringCellValue(), head.getCell(1).getStringCellValue(),
                    head.getCell(2).getStringCellValue(), head.getCell(3).getStringCellValue()));
            assertTrue(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertNotNull(data.getPaneInformation());
            assertTrue(data.getPaneInformation().isFreezePane());
            assertEquals(1, data.getPaneInformation().getHorizontalSplitPosition());
            // unit codes and values are text cells in a text column
            XSSFCell code = data.getRow(3).getCell(0);
            assertEquals(CellType.STRING, code.getCellType());
            assertEquals("00004", code.getStringCellValue());
            assertEquals("@", code.getCellStyle().getDataFormatString());
            assertEquals("@", data.getColumnStyle(0).getDataFormatString());
            assertEquals("@", ((XSSFCellStyle) data.getColumnStyle(2)).getDataFormatString());
            assertEquals("Ấp Một", data.getRow(1).getCell(3).getStringCellValue());
            assertEquals("Kết nạp hội viên mới", data.getRow(3).getCell(3).getStringCellValue());
            // the level list on the rating rows' values only
            List<? extends DataValidation> validations = data.getDataValidations();
            assertEquals(1, validations.size());
            DataValidation v = validations.get(0);
            assertEquals(List.of("HTXS", "HTT", "HT", "KHT"),
                    Arrays.asList(v.getValidationConstraint().getExplicitListValues()));
            assertEquals("C2:C3", v.getRegions().getCellRangeAddress(0).formatAsString());
            // the guide lists the levels
            String guide = sheetText(wb.getSheetAt(1));
            assertTrue(guide.contains("HTT — " + HTT), guide);
            assertTrue(guide.contains("9/10"), guide);
            assertTrue(guide.contains("“có” hoặc “không”"), guide);
            assertTrue(data.getColumnWidth(3) > data.getColumnWidth(0));
        }
    }

    @Test
    void templateWithManyLevelsUsesARangeList() throws IOException {
        ResultSheet s = sheet();
        for (int i = 0; i < 40; i++) {
            s.levels.add(level("LEVEL-" + i, "Mức " + i));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ResultXlsx.template(s)))) {
            DataValidation v = wb.getSheetAt(0).getDataValidations().get(0);
            assertTrue(v.getValidationConstraint().getFormula1().startsWith("'Hướng dẫn'!$B$"),
                    v.getValidationConstraint().getFormula1());
        }
    }

    @Test
    void emptySheetTemplateIsStillAWorkbook() {
        ResultSheet s = new ResultSheet();
        s.unitCode = "1";
        assertEquals(List.of("0 results.csv.empty"), errors(read(ResultXlsx.template(s))));
    }

    // --- reading ----------------------------------------------------------------------------------------------------

    @Test
    void headerIsCaseInsensitiveAndTheNameColumnIsIgnored() {
        ResultCsvResult result = read(xlsx(
                new Object[] {" Unit_Code ", "MEASURE", "Value", "Name"},
                new Object[] {"31018-01", "rating", " " + HTT + " ", "Ấp Một"}));
        assertTrue(result.isOk(), result::toString);
        assertEquals(List.of(new ResultCsvRow(2, "31018-01", "rating", HTT)), result.getRows());
    }

    @Test
    void wrongHeader() {
        assertEquals(List.of("1 results.csv.header [" + ResultXlsx.HEADER + "]"),
                errors(read(xlsx(new Object[] {"unit", "measure", "value"}, new Object[] {"a1", "rating", "HTT"}))));
        assertEquals(List.of("3 results.csv.header [" + ResultXlsx.HEADER + "]"),
                errors(read(xlsx(null, null, new Object[] {"unit_code", "measure", "value", "note"}))));
        assertEquals(List.of("1 results.csv.header [" + ResultXlsx.HEADER + "]"),
                errors(read(xlsx(new Object[] {"unit_code", "measure", "value", "name", "extra"}))));
        assertEquals(List.of("1 results.csv.header [" + ResultXlsx.HEADER + "]"),
                errors(read(xlsx(new Object[] {"unit_code", "measure"}))));
    }

    @Test
    void eachErrorAtItsExcelRow() {
        ResultCsvResult result = read(xlsx(
                null,                                                   // row 1 empty: skipped
                header(),                                               // row 2
                new Object[] {"a-1", "rating", "HTT"},                  // 3 ok
                new Object[] {"bad code!", "rating", "HTT"},            // 4
                new Object[] {"a-2", "Rating", "HTT"},                  // 5
                new Object[] {"a-3", "new-members", "  "},              // 6
                null,                                                   // 7 skipped
                new Object[] {null, null, null, "only a name"},        // 8 skipped: nothing to read
                new Object[] {"# a comment", "x", "y"},                 // 9 skipped
                new Object[] {"a-1", "rating", "HT"},                   // 10 duplicate of 3
                new Object[] {"", "", "HT"}));                          // 11 both missing
        assertEquals(List.of(
                "4 results.csv.unitCode [bad code!]",
                "5 results.csv.measure [Rating]",
                "6 results.csv.valueMissing",
                "10 results.csv.duplicate [3]",
                "11 results.csv.unitCode []",
                "11 results.csv.measure []"), errors(result));
        assertEquals(List.of(new ResultCsvRow(3, "a-1", "rating", "HTT")), result.getRows());
    }

    @Test
    void emptyFiles() {
        assertEquals(List.of("0 results.csv.empty"), errors(read(xlsx())));
        assertEquals(List.of("0 results.csv.empty"), errors(read(xlsx(header()))));
        assertEquals(List.of("0 results.csv.empty"), errors(read(xlsx(header(), null, new Object[] {"", " "}))));
    }

    @Test
    void tooManyRowsStopsAtTheFirstRowOver() {
        ResultCsvResult result = ResultXlsx.read(xlsx(
                header(),
                new Object[] {"a-1", "rating", "HTT"},
                null,
                new Object[] {"a-2", "rating", "HTT"},
                new Object[] {"a-3", "rating", "HTT"},
                new Object[] {"bad code!", "rating", "HTT"}), 2);
        assertEquals(List.of("5 results.csv.tooMany [2]"), errors(result));
        assertEquals(2, result.getRows().size());
        assertThrows(IllegalArgumentException.class, () -> ResultXlsx.read(xlsx(header()), 0));
    }

    @Test
    void tooManyErrorsAreCut() {
        Object[][] rows = new Object[ResultCsvParser.MAX_ERRORS + 11][];
        rows[0] = header();
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {"a-" + i, "rating", ""};
        }
        ResultCsvResult result = read(xlsx(rows));
        assertEquals(ResultCsvParser.MAX_ERRORS + 1, result.getErrors().size());
        assertEquals("0 results.csv.tooManyErrors [200, 210]", errors(result).get(ResultCsvParser.MAX_ERRORS));
    }

    @Test
    void unreadableContent() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        byte[] csv = "unit_code,measure,value\na-1,rating,HTT\n".getBytes(StandardCharsets.UTF_8);
        byte[] good = xlsx(header(), new Object[] {"a-1", "rating", "HTT"});
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        byte[] zipNoWorkbook = zipWith("hello.txt", "hi");
        // a sheet inflating past the shared limit (a zip bomb), and a Word document, which opens as a package too
        byte[] bomb = BadFiles.bomb();
        byte[] docx = BadFiles.docx("unit_code,measure,value");
        for (byte[] bad : List.of(random, csv, truncated, new byte[0], zipNoWorkbook, bomb, docx,
                // an old-style .xls (OLE2) header
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            assertEquals(List.of("0 results.xlsx.unreadable"), errors(read(bad)));
        }
    }

    private static byte[] zipWith(String name, String content) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void numericCellsReadAsPlainNumbers() {
        ResultCsvResult result = read(xlsx(
                header(),
                new Object[] {4, "rating", "HTT"},                         // 4.0 → "4"
                new Object[] {"a-1", "new-members", 52000000},            // no ".0"
                new Object[] {"a-1", "budget", 120000000000.0},           // no "1.2E11"
                new Object[] {"a-1", "share", 12.5},
                new Object[] {"a-1", "done", true}));
        assertTrue(result.isOk(), result::toString);
        assertEquals(List.of("4", "52000000", "120000000000", "12.5", "TRUE"),
                result.getRows().stream().map(r -> r.getMeasure().equals("rating") ? r.getUnitCode() : r.getValue())
                        .collect(Collectors.toList()));
    }

    @Test
    void numericUnitCodeShownZeroPaddedReadsAsShown() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet();
            XSSFRow h = sheet.createRow(0);
            h.createCell(0).setCellValue("unit_code");
            h.createCell(1).setCellValue("measure");
            h.createCell(2).setCellValue("value");
            XSSFCellStyle padded = wb.createCellStyle();
            padded.setDataFormat(wb.createDataFormat().getFormat("00000"));
            XSSFCellStyle grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            XSSFRow r = sheet.createRow(1);
            r.createCell(0).setCellValue(4);
            r.getCell(0).setCellStyle(padded);
            r.createCell(1).setCellValue("new-members");
            r.createCell(2).setCellValue(52000000);
            r.getCell(2).setCellStyle(grouped);
            wb.write(out);
            bytes = out.toByteArray();
        }
        ResultCsvResult result = read(bytes);
        assertTrue(result.isOk(), result::toString);
        assertEquals(List.of(new ResultCsvRow(2, "00004", "new-members", "52000000")), result.getRows());
    }

    @Test
    void formulaCellsReadTheirCachedValue() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet();
            XSSFRow h = sheet.createRow(0);
            h.createCell(0).setCellValue("unit_code");
            h.createCell(1).setCellValue("measure");
            h.createCell(2).setCellValue("value");
            XSSFRow r = sheet.createRow(1);
            r.createCell(0).setCellValue("a-1");
            r.createCell(1).setCellValue("new-members");
            r.createCell(2).setCellFormula("20000000+32000000");
            XSSFRow r2 = sheet.createRow(2);
            r2.createCell(0).setCellValue("a-1");
            r2.createCell(1).setCellValue("poor-houses");
            r2.createCell(2).setCellFormula("9&\"/\"&10");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            bytes = out.toByteArray();
        }
        ResultCsvResult result = read(bytes);
        assertTrue(result.isOk(), result::toString);
        assertEquals(List.of(new ResultCsvRow(2, "a-1", "new-members", "52000000"),
                new ResultCsvRow(3, "a-1", "poor-houses", "9/10")), result.getRows());
    }

    @Test
    void valuesAreNfc() {
        String decomposed = java.text.Normalizer.normalize(HTT, java.text.Normalizer.Form.NFD);
        assertFalse(decomposed.equals(HTT));
        ResultCsvResult result = read(xlsx(header(), new Object[] {"a-1", "rating", decomposed}));
        assertEquals(HTT, result.getRows().get(0).getValue());
    }

    @Test
    void onlyTheFirstSheetIsRead() {
        ResultCsvResult result = read(xlsx(header(), new Object[] {"a-1", "rating", "HTT"}));
        assertEquals(1, result.getRows().size());
        List<String> none = new ArrayList<>();
        assertEquals(none, errors(result));
    }

    private static String sheetText(XSSFSheet sheet) {
        StringBuilder out = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> out.append(cell.toString()).append('\n')));
        return out.toString();
    }
}
