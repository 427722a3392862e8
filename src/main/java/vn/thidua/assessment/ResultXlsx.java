package vn.thidua.assessment;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.shared.xlsx.FirstSheet;
import vn.thidua.shared.xlsx.PlainNumbers;
import vn.thidua.shared.xlsx.WorkbookStyles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The year-end results as an Excel workbook (.xlsx): the same long format as {@link ResultCsvParser}, one value per
 * row, in the columns {@code unit_code | measure | value}, with an optional fourth column {@code name} that is there
 * for people and is ignored.
 *
 * <p>{@link #read} gives exactly what the CSV parser gives for the same content — the same
 * {@link ResultCsvRow rows} and {@link ResultCsvError errors} with the same {@code results.csv.*} keys — with the
 * Excel row number as the line. Only the first sheet is read, with a streaming (SAX) reader, so a large file does not
 * build a whole workbook in memory. Rules:
 * <ul>
 * <li>The first row with something in columns A–C is the header: {@code unit_code}, {@code measure}, {@code value},
 * then nothing or {@code name}, and nothing further right (trimmed, case-insensitive); otherwise
 * {@code results.csv.header}.</li>
 * <li>Rows whose columns A–C are all blank are skipped (whatever the name column holds), and so are rows whose first
 * cell starts with {@code #}, as comment lines of the CSV. Cells right of column D in data rows are ignored.</li>
 * <li>Cells read as Excel shows them ({@link PlainNumbers}, shared with the scoring-sheet import), with two exceptions so that numbers come through as
 * plain numbers: a number in a "General" or any other non-date format reads as its plain decimal value, without
 * {@code .0}, without grouping and without scientific notation, to the 15 significant digits Excel shows ({@code 52000000}, {@code 1.5}); a number in a format
 * made of zeros only ({@code 00000}) reads padded as shown ({@code 00004}), for unit codes typed as numbers. A
 * formula reads as its cached result. A date reads as Excel shows it (and is then refused by the service as a
 * value).</li>
 * <li>Anything that is not a readable .xlsx — random bytes, a CSV or an .xls renamed, a truncated or encrypted file, a
 * Word document, a zip bomb ({@link FirstSheet}'s checks) — is a single {@code results.xlsx.unreadable} error at line 0. {@link #read} never throws for bad content.</li>
 * </ul>
 *
 * <p>{@link #template} writes a workbook for a commune to fill in, which {@link #read} reads back.
 */
public final class ResultXlsx {

    /** The header as shown in {@code results.csv.header}. */
    public static final String HEADER = "unit_code | measure | value";
    /** The error of a file that is not a readable .xlsx; line 0, no argument. */
    public static final String UNREADABLE = "results.xlsx.unreadable";

    private static final List<String> HEADER_COLUMNS = List.of("unit_code", "measure", "value");
    private static final String NAME_COLUMN = "name";
    private static final int COLUMNS = 3;

    // --- document text of the template (Vietnamese: it is content of the document, not of the interface) -----------

    static final String SHEET_DATA = "Kết quả";
    static final String SHEET_GUIDE = "Hướng dẫn";
    private static final String GUIDE_TITLE = "Hướng dẫn điền mẫu kết quả cuối năm";
    private static final String GUIDE_COLUMNS =
            "Chỉ điền cột value. Không sửa cột unit_code và measure; cột name chỉ để đọc. "
                    + "Dòng nào chưa có số liệu thì điền hoặc xoá cả dòng: tệp có dòng thiếu giá trị sẽ không được nhận.";
    private static final String GUIDE_LEVELS = "Các mức xếp loại (dòng measure = rating, điền mã hoặc tên mức):";
    private static final String GUIDE_VALUES = "Cách ghi giá trị các chỉ tiêu:";
    private static final String[] GUIDE_VALUE_LINES = {
        "Số tiền, số lượng: ghi số thuần, không dấu phân cách, vd. 52000000 (tối đa hai chữ số thập phân, vd. 12.5).",
        "Số người đạt: ghi “số đạt/tổng số”, vd. 9/10.",
        "Đã thực hiện: ghi “có” hoặc “không”.",
    };
    private static final String LEVEL_SEPARATOR = " — ";
    private static final String VALIDATION_TITLE = "Xếp loại";
    private static final String VALIDATION_TEXT = "Chọn một mức xếp loại trong danh sách.";

    private ResultXlsx() {
    }

    // --- reading ----------------------------------------------------------------------------------------------------

    /**
     * Reads the first sheet of an .xlsx file.
     *
     * @param xlsx    the file's bytes
     * @param maxRows largest number of data rows (blank and comment rows do not count), at least 1; the first row over
     *                it is {@code results.csv.tooMany} and stops the reading
     * @throws IllegalArgumentException when {@code maxRows} is below 1 (never for the content)
     */
    public static ResultCsvResult read(byte[] xlsx, int maxRows) {
        Objects.requireNonNull(xlsx, "xlsx");
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1: " + maxRows);
        }
        Run run = new Run(maxRows);
        FirstSheet.Outcome outcome = FirstSheet.stream(xlsx,
                (styles, strings) -> new XSSFSheetXMLHandler(styles, strings, run, new PlainNumbers(), false));
        // UNREADABLE after results.csv.tooMany is the run's own stop, its error already kept
        if (outcome == FirstSheet.Outcome.UNREADABLE && !run.stopped) {
            return unreadable();
        }
        return run.finish();
    }

    private static ResultCsvResult unreadable() {
        return new ResultCsvResult(List.of(), List.of(new ResultCsvError(0, UNREADABLE)));
    }



    /** State of one read: receives the cells of the first sheet row by row. */
    private static final class Run implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final List<ResultCsvError> errors = new ArrayList<>();
        private int errorCount;
        private final List<ResultCsvRow> rows = new ArrayList<>();
        /** unit_code + NUL + measure → row where first seen. */
        private final Map<String, Integer> firstLine = new HashMap<>();

        /** Cells of the current row, columns A–D; further columns only count for the header. */
        private final String[] cells = new String[COLUMNS + 1];
        private boolean beyond;
        private int lastColumn;
        private boolean headerSeen;
        private boolean headerOk;
        private int dataRows;
        boolean stopped;

        Run(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            java.util.Arrays.fill(cells, null);
            beyond = false;
            lastColumn = -1;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? lastColumn + 1 : new CellAddress(cellReference).getColumn();
            lastColumn = column;
            if (formattedValue == null || formattedValue.isBlank()) {
                return;
            }
            if (column < cells.length) {
                cells[column] = formattedValue;
            } else {
                beyond = true;
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (headerSeen && !headerOk) {
                return;
            }
            if (isBlank(cells[0]) && isBlank(cells[1]) && isBlank(cells[2])) {
                return;
            }
            if (cells[0] != null && cells[0].stripLeading().startsWith("#")) {
                return;
            }
            int line = rowNum + 1;
            if (!headerSeen) {
                headerSeen = true;
                headerOk = isHeader();
                if (!headerOk) {
                    error(line, "results.csv.header", HEADER);
                }
                return;
            }
            if (dataRows == maxRows) {
                error(line, "results.csv.tooMany", String.valueOf(maxRows));
                stopped = true;
                throw new FirstSheet.Stop();
            }
            dataRows++;
            row(line);
        }

        private boolean isHeader() {
            for (int i = 0; i < COLUMNS; i++) {
                if (!HEADER_COLUMNS.get(i).equals(lower(cells[i]))) {
                    return false;
                }
            }
            return !beyond && (cells[COLUMNS] == null || NAME_COLUMN.equals(lower(cells[COLUMNS])));
        }

        private void row(int line) {
            ResultCsvParser.checkRow(line, text(cells[0]), text(cells[1]), nfc(text(cells[2])), firstLine, rows, this::error);
        }

        private void error(int line, String key, String... args) {
            errorCount++;
            if (errors.size() < ResultCsvParser.MAX_ERRORS) {
                errors.add(new ResultCsvError(line, key, args));
            }
        }

        ResultCsvResult finish() {
            if (!stopped && (!headerSeen || (headerOk && dataRows == 0))) {
                error(0, "results.csv.empty");
            }
            List<ResultCsvError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingInt(ResultCsvError::getLine));
            if (errorCount > ResultCsvParser.MAX_ERRORS) {
                sorted.add(new ResultCsvError(0, "results.csv.tooManyErrors",
                        String.valueOf(ResultCsvParser.MAX_ERRORS), String.valueOf(errorCount)));
            }
            return new ResultCsvResult(rows, sorted);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    // --- template ---------------------------------------------------------------------------------------------------

    /**
     * A workbook for a commune to fill in and import: a sheet {@value #SHEET_DATA} with the header
     * {@code unit_code | measure | value | name}, one row per hamlet committee ({@code rating}, its current level code)
     * and one per figure target (the commune's code, the target code, the current value), then a sheet
     * {@value #SHEET_GUIDE} with the rating levels and how to write values. Columns A–C are text ({@code @}) so that
     * Excel neither turns {@code 00004} into {@code 4} nor {@code 9/10} into a date; the rating cells offer the level
     * codes in a list; the first row is bold and frozen.
     */
    public static byte[] template(ResultSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = WorkbookStyles.text(wb);
            CellStyle head = WorkbookStyles.head(wb, WorkbookStyles.bold(wb));
            head.setDataFormat(text.getDataFormat());

            XSSFSheet data = wb.createSheet(SHEET_DATA);
            String[] header = {HEADER_COLUMNS.get(0), HEADER_COLUMNS.get(1), HEADER_COLUMNS.get(2), NAME_COLUMN};
            XSSFRow first = data.createRow(0);
            for (int i = 0; i < header.length; i++) {
                WorkbookStyles.setText(first.createCell(i), header[i], head);
                data.setDefaultColumnStyle(i, text);
            }
            int r = 1;
            for (ResultSheet.RatingRow h : sheet.getHamlets()) {
                row(data.createRow(r++), h.getCode(), ResultCsvParser.RATING, h.getLevelCode(), h.getName(), text);
            }
            int ratingRows = r - 1;
            for (ResultSheet.FigureRow f : sheet.getFigures()) {
                row(data.createRow(r++), sheet.getUnitCode(), f.getCode(), f.getValue(), f.getName(), text);
            }
            data.setColumnWidth(0, 16 * 256);
            data.setColumnWidth(1, 24 * 256);
            data.setColumnWidth(2, 28 * 256);
            data.setColumnWidth(3, 50 * 256);
            data.createFreezePane(0, 1);
            if (r > 1) {
                data.addIgnoredErrors(new CellRangeAddress(1, r - 1, 0, 2), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
            }

            XSSFSheet guide = wb.createSheet(SHEET_GUIDE);
            int g = 0;
            WorkbookStyles.setText(guide.createRow(g++).createCell(0), GUIDE_TITLE, head);
            String unit = join(sheet.getCampaignName(), sheet.getUnitName() == null ? null
                    : sheet.getUnitName() + (sheet.getUnitCode() == null ? "" : " (" + sheet.getUnitCode() + ")"));
            if (!unit.isEmpty()) {
                WorkbookStyles.setText(guide.createRow(g++).createCell(0), unit, text);
            }
            g++;
            WorkbookStyles.setText(guide.createRow(g++).createCell(0), GUIDE_COLUMNS, text);
            g++;
            WorkbookStyles.setText(guide.createRow(g++).createCell(0), GUIDE_LEVELS, head);
            int levelsFrom = g;
            List<String> codes = new ArrayList<>();
            for (ResultSheet.Level level : sheet.getLevels()) {
                WorkbookStyles.setText(guide.createRow(g++).createCell(0),
                        level.getCode() + (level.getName() == null ? "" : LEVEL_SEPARATOR + level.getName()), text);
                codes.add(level.getCode());
            }
            g++;
            WorkbookStyles.setText(guide.createRow(g++).createCell(0), GUIDE_VALUES, head);
            for (String line : GUIDE_VALUE_LINES) {
                WorkbookStyles.setText(guide.createRow(g++).createCell(0), line, text);
            }
            guide.setColumnWidth(0, 110 * 256);

            if (ratingRows > 0 && !codes.isEmpty()) {
                levelList(wb, data, ratingRows, codes, levelsFrom);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    /**
     * A drop-down of the level codes on the value cells of the rating rows: an explicit list when it fits Excel's
     * 255 characters, else a hidden helper column of the guide sheet (codes only) that the list points to.
     */
    private static void levelList(XSSFWorkbook wb, XSSFSheet data, int ratingRows, List<String> codes, int levelsFrom) {
        DataValidationHelper helper = data.getDataValidationHelper();
        String joined = String.join(",", codes);
        boolean explicit = joined.length() <= 250 && codes.stream().noneMatch(c -> c.contains(",") || c.contains("\""));
        DataValidationConstraint constraint;
        if (explicit) {
            constraint = helper.createExplicitListConstraint(codes.toArray(new String[0]));
        } else {
            XSSFSheet guide = wb.getSheet(SHEET_GUIDE);
            for (int i = 0; i < codes.size(); i++) {
                XSSFRow row = guide.getRow(levelsFrom + i);
                row.createCell(1).setCellValue(codes.get(i));
            }
            guide.setColumnHidden(1, true);
            constraint = helper.createFormulaListConstraint("'" + SHEET_GUIDE + "'!$B$" + (levelsFrom + 1)
                    + ":$B$" + (levelsFrom + codes.size()));
        }
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, ratingRows, 2, 2));
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createPromptBox(VALIDATION_TITLE, VALIDATION_TEXT);
        validation.setShowPromptBox(true);
        if (validation.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        }
        data.addValidationData(validation);
    }

    private static void row(XSSFRow row, String code, String measure, String value, String name, CellStyle text) {
        WorkbookStyles.setText(row.createCell(0), code, text);
        WorkbookStyles.setText(row.createCell(1), measure, text);
        WorkbookStyles.setText(row.createCell(2), value, text);
        WorkbookStyles.setText(row.createCell(3), name, text);
    }


    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a + " · " + b : hasA ? a : hasB ? b : "";
    }
}
