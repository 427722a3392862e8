package vn.thidua.review;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import vn.thidua.shared.xlsx.FirstSheet;
import vn.thidua.shared.xlsx.PlainNumbers;
import vn.thidua.shared.xlsx.WorkbookStyles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A campaign's scoring sheet (bảng chấm điểm) as an Excel workbook: one row per area or criterion in the columns
 * {@value #HEADER}. This class only reads and writes the file; the tree and number rules are checked by the caller
 * from the strings returned here.
 *
 * <p>{@link #read} reads through {@link FirstSheet}, as {@code ResultXlsx} does: the first sheet only, streamed (SAX)
 * so a large file is never built in memory, and it never throws for bad content. Row 1 must be the header (trimmed, case-insensitive); fully blank rows
 * are skipped but line numbers stay the spreadsheet's; cells right of column H are ignored. Numbers read as plain
 * decimals rounded to Excel's 15 significant digits ({@code 12}, {@code 2.5}, {@code 1.1}, never
 * {@code 0.30000000000000004}), except date formats and zero-padded formats ({@code 00}), which read as shown; booleans
 * read {@code true}/{@code false}. A formula reads as its cached result; a formula saved without one (files written by
 * scripts, never opened in Excel) or whose result is an Excel error ({@code #REF!}) is {@value #FORMULA} at its line,
 * so that a cell is never silently read as blank.
 *
 * <p>Whenever {@link Result#errors()} is not empty, {@link Result#rows()} is: the file is refused as a whole.
 */
public final class SheetXlsx {

    /** The header, as given to {@value #HEADER_ERROR}. */
    public static final String HEADER =
            "code | parent_code | name | kind | max_points | evidence_required | target_code | link_mode";
    public static final String UNREADABLE = "review.sheet.xlsx.unreadable";
    public static final String HEADER_ERROR = "review.sheet.xlsx.header";
    public static final String TOO_MANY_ROWS = "review.sheet.xlsx.tooManyRows";
    public static final String EMPTY = "review.sheet.xlsx.empty";
    public static final String FORMULA = "review.sheet.xlsx.formula";

    private static final List<String> COLUMNS = List.of(HEADER.split(" \\| "));
    private static final int CODE = 0;
    private static final int PARENT_CODE = 1;
    private static final int KIND = 3;
    private static final int MAX_POINTS = 4;
    private static final int EVIDENCE_REQUIRED = 5;
    private static final int TARGET_CODE = 6;
    private static final int LINK_MODE = 7;
    /** Enough to show each bad formula of a real sheet, bounded for a hostile one. */
    static final int MAX_ERRORS = 200;
    /** Excel shows 15 significant digits: rounding there removes binary noise such as 0.1 + 0.2. */

    /** Template rows that carry the drop-downs, so rows typed later still get them. */
    static final int TEMPLATE_ROWS = 500;
    static final List<String> KINDS = List.of("SCORED", "BONUS", "DEDUCTION");
    static final List<String> YES_NO = List.of("yes", "no");
    static final List<String> LINK_MODES = List.of("ALL_OR_NOTHING", "PROPORTIONAL");

    // --- document text of the template (Vietnamese: content of the generated file, not of a page) ---------------

    static final String SHEET_DATA = "Bảng chấm điểm";
    static final String SHEET_GUIDE = "Hướng dẫn";
    private static final String GUIDE_TITLE = "Hướng dẫn điền bảng chấm điểm";
    private static final String[] GUIDE_INTRO = {
        "Mỗi dòng là một nhóm tiêu chí hoặc một tiêu chí. Không sửa dòng tiêu đề (dòng 1) và thứ tự các cột; "
                + "dòng trống được bỏ qua; chỉ đọc trang tính đầu tiên.",
        "Các cột mã (code, parent_code, target_code) để dạng văn bản nên mã như 01 được giữ nguyên.",
    };
    private static final String GUIDE_COLUMN = "Cột";
    private static final String GUIDE_MEANING = "Ý nghĩa";
    private static final String[] GUIDE_COLUMNS = {
        "Mã tiêu chí (duy nhất trong bảng).",
        "Mã nhóm cha; để trống nếu là nhóm gốc.",
        "Tên nhóm hoặc tiêu chí.",
        "Loại điểm: SCORED (điểm chấm), BONUS (điểm thưởng, điểm tối đa của nhóm là mức trần) "
                + "hoặc DEDUCTION (điểm trừ).",
        "Điểm tối đa. Tổng điểm các tiêu chí con không vượt quá điểm của nhóm cha, trừ nhóm điểm thưởng.",
        "Có yêu cầu minh chứng không: yes (có) hoặc no (không).",
        "Mã chỉ tiêu của giao ước (tuỳ chọn); khi có, điểm được tự tính từ kết quả thực hiện chỉ tiêu.",
        "Cách tính điểm theo chỉ tiêu: ALL_OR_NOTHING (đạt: đủ điểm, không đạt: 0) "
                + "hoặc PROPORTIONAL (theo tỷ lệ thực hiện).",
    };
    private static final String LIST_ERROR_TITLE = "Giá trị không hợp lệ";
    private static final String LIST_ERROR_TEXT = "Chọn một giá trị trong danh sách.";

    private SheetXlsx() {
    }

    /**
     * One non-blank row: its spreadsheet row number (header = 1) and its eight cells, trimmed; never null.
     * The line is ignored by {@link #template}.
     */
    public record Row(int line, String code, String parentCode, String name, String kind, String maxPoints,
                      String evidenceRequired, String targetCode, String linkMode) {
        public Row {
            code = orEmpty(code);
            parentCode = orEmpty(parentCode);
            name = orEmpty(name);
            kind = orEmpty(kind);
            maxPoints = orEmpty(maxPoints);
            evidenceRequired = orEmpty(evidenceRequired);
            targetCode = orEmpty(targetCode);
            linkMode = orEmpty(linkMode);
        }

        private List<String> cells() {
            return List.of(code, parentCode, name, kind, maxPoints, evidenceRequired, targetCode, linkMode);
        }
    }

    /** A problem with the file: spreadsheet line (0 = the whole file), bundle key, MessageFormat arguments. */
    public record Error(int line, String key, List<String> args) {
        public Error {
            Objects.requireNonNull(key, "key");
            args = args == null ? List.of() : List.copyOf(args);
        }

        Error(int line, String key, String... args) {
            this(line, key, List.of(args));
        }
    }

    /** Rows when the file is readable, else errors; never both. */
    public record Result(List<Row> rows, List<Error> errors) {
        public Result {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }
    }

    // --- reading ------------------------------------------------------------------------------------------------

    /**
     * Reads the first sheet.
     *
     * @param maxRows largest number of data rows (blank rows do not count), at least 1
     * @throws IllegalArgumentException when {@code maxRows} is below 1 (never for the content)
     */
    public static Result read(byte[] xlsx, int maxRows) {
        Objects.requireNonNull(xlsx, "xlsx");
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1: " + maxRows);
        }
        Run run = new Run(maxRows);
        FirstSheet.Outcome outcome = FirstSheet.stream(xlsx, (styles, strings) -> new Cells(styles, strings, run));
        // UNREADABLE after a file-level error the run recorded is the run's own stop, its error already kept
        if (outcome == FirstSheet.Outcome.NO_SHEET || outcome == FirstSheet.Outcome.UNREADABLE && run.fatal == null) {
            return fail(new Error(0, UNREADABLE));
        }
        return run.finish();
    }

    private static Result fail(Error error) {
        return new Result(List.of(), List.of(error));
    }

    /**
     * POI's sheet handler, also telling the {@link Run} each cell's type and whether a formula came without a cached
     * value — POI reports such a cell not at all, which would read as blank.
     */
    private static final class Cells extends XSSFSheetXMLHandler {
        private final Run run;
        private String ref;
        private boolean formula;
        private boolean value;

        Cells(StylesTable styles, SharedStrings strings, Run run) {
            super(styles, strings, run, new PlainNumbers(), false);
            this.run = run;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
                switch (localName) {
                    case "c" -> {
                        ref = attributes.getValue("r");
                        run.type = attributes.getValue("t");
                        formula = false;
                        value = false;
                    }
                    case "f" -> formula = true;
                    case "v", "is" -> value = true;
                    default -> { }
                }
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            if (XSSFRelation.NS_SPREADSHEETML.equals(uri) && "c".equals(localName) && formula && !value) {
                run.noValue(ref);
            }
        }
    }



    /** State of one read: receives the cells of the first sheet row by row. */
    private static final class Run implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final String[] cells = new String[COLUMNS.size()];
        /** References of cells in columns A–H of the current row that have no usable value. */
        private final String[] unusable = new String[COLUMNS.size()];
        private final List<Row> rows = new ArrayList<>();
        private final List<Error> errors = new ArrayList<>();
        /** The raw {@code t} attribute of the current cell, set by {@link Cells}. */
        String type;
        Error fatal;
        private int rowNum;
        private int lastColumn;
        private boolean started;
        private int dataRows;

        Run(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            Arrays.fill(cells, null);
            Arrays.fill(unusable, null);
            lastColumn = -1;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = column(cellReference);
            if (column >= cells.length || formattedValue == null) {
                return;
            }
            if ("e".equals(type)) {
                unusable[column] = reference(cellReference, column);
            } else if ("b".equals(type)) {
                cells[column] = formattedValue.toLowerCase(Locale.ROOT);
            } else {
                cells[column] = formattedValue;
            }
        }

        void noValue(String cellReference) {
            int column = column(cellReference);
            if (column < cells.length) {
                unusable[column] = reference(cellReference, column);
            }
        }

        /** Column of a cell; a cell without a reference (allowed by the format) follows the previous one. */
        private int column(String cellReference) {
            lastColumn = cellReference == null ? lastColumn + 1 : new CellAddress(cellReference).getColumn();
            return lastColumn;
        }

        private String reference(String cellReference, int column) {
            return cellReference != null ? cellReference : new CellAddress(rowNum, column).formatAsString();
        }

        @Override
        public void endRow(int rowNum) {
            boolean blank = true;
            for (int i = 0; i < cells.length; i++) {
                cells[i] = clean(cells[i]);
                blank &= cells[i].isEmpty() && unusable[i] == null;
            }
            if (blank) {
                return;
            }
            int line = rowNum + 1;
            if (!started) {
                started = true;
                if (line != 1 || !isHeader()) {
                    stop(new Error(1, HEADER_ERROR, HEADER));
                }
                return;
            }
            if (dataRows == maxRows) {
                stop(new Error(line, TOO_MANY_ROWS, String.valueOf(maxRows)));
            }
            dataRows++;
            for (String cellReference : unusable) {
                if (cellReference != null && errors.size() < MAX_ERRORS) {
                    errors.add(new Error(line, FORMULA, cellReference));
                }
            }
            if (errors.isEmpty()) {
                rows.add(new Row(line, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6],
                        cells[7]));
            }
        }

        private boolean isHeader() {
            for (int i = 0; i < cells.length; i++) {
                if (!COLUMNS.get(i).equals(cells[i].toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }

        private void stop(Error error) {
            fatal = error;
            throw new FirstSheet.Stop();
        }

        Result finish() {
            if (fatal != null) {
                return fail(fatal);
            }
            if (dataRows == 0) {
                return fail(new Error(0, EMPTY));
            }
            return errors.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), errors);
        }
    }

    /**
     * Trimmed, including the non-breaking spaces that text pasted from Word or the web brings, and in NFC so that
     * Vietnamese typed on a Mac (decomposed) compares equal to the same text typed elsewhere.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        String t = s.substring(from, to);
        return Normalizer.isNormalized(t, Normalizer.Form.NFC) ? t : Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    // --- template -----------------------------------------------------------------------------------------------

    /**
     * A workbook to fill in and import: the sheet {@value #SHEET_DATA} with the header (bold, frozen) and the given
     * rows, then the sheet {@value #SHEET_GUIDE} explaining each column. The code columns are text ({@code @}) so that
     * Excel keeps {@code 01}; {@code max_points} is written as a number when that reads back identically, so Excel
     * does not flag it; {@code kind}, {@code evidence_required} and {@code link_mode} offer their values in a list.
     */
    public static byte[] template(List<Row> rows) {
        Objects.requireNonNull(rows, "rows");
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = WorkbookStyles.text(wb);
            Font bold = WorkbookStyles.bold(wb);
            CellStyle head = WorkbookStyles.head(wb, bold);

            XSSFSheet data = wb.createSheet(SHEET_DATA);
            XSSFRow first = data.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                WorkbookStyles.setText(first.createCell(i), COLUMNS.get(i), head);
            }
            List<Integer> codeColumns = List.of(CODE, PARENT_CODE, TARGET_CODE);
            codeColumns.forEach(c -> data.setDefaultColumnStyle(c, text));
            int r = 1;
            for (Row row : rows) {
                XSSFRow x = data.createRow(r++);
                List<String> cells = row.cells();
                for (int i = 0; i < cells.size(); i++) {
                    XSSFCell cell = x.createCell(i);
                    if (i == MAX_POINTS && number(cells.get(i)) != null) {
                        cell.setCellValue(number(cells.get(i)));
                    } else {
                        WorkbookStyles.setText(cell, cells.get(i), codeColumns.contains(i) ? text : null);
                    }
                }
            }
            int[] widths = {14, 14, 60, 14, 12, 18, 16, 20};
            for (int i = 0; i < widths.length; i++) {
                data.setColumnWidth(i, widths[i] * 256);
            }
            data.createFreezePane(0, 1);
            int last = Math.max(TEMPLATE_ROWS, rows.size());
            for (int c : codeColumns) {
                data.addIgnoredErrors(new CellRangeAddress(1, last, c, c), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
            }
            list(data, KIND, last, KINDS);
            list(data, EVIDENCE_REQUIRED, last, YES_NO);
            list(data, LINK_MODE, last, LINK_MODES);

            XSSFSheet guide = wb.createSheet(SHEET_GUIDE);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle name = wb.createCellStyle();
            name.setFont(bold);
            name.setVerticalAlignment(VerticalAlignment.TOP);
            int g = 0;
            WorkbookStyles.setText(guide.createRow(g++).createCell(0), GUIDE_TITLE, head);
            for (String line : GUIDE_INTRO) {
                XSSFRow x = guide.createRow(g++);
                WorkbookStyles.setText(x.createCell(0), line, wrap);
                guide.addMergedRegion(new CellRangeAddress(x.getRowNum(), x.getRowNum(), 0, 1));
                x.setHeightInPoints(2 * guide.getDefaultRowHeightInPoints());
            }
            g++;
            XSSFRow titles = guide.createRow(g++);
            WorkbookStyles.setText(titles.createCell(0), GUIDE_COLUMN, head);
            WorkbookStyles.setText(titles.createCell(1), GUIDE_MEANING, head);
            for (int i = 0; i < COLUMNS.size(); i++) {
                XSSFRow x = guide.createRow(g++);
                WorkbookStyles.setText(x.createCell(0), COLUMNS.get(i), name);
                WorkbookStyles.setText(x.createCell(1), GUIDE_COLUMNS[i], wrap);
            }
            guide.setColumnWidth(0, 20 * 256);
            guide.setColumnWidth(1, 100 * 256);

            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    /** The value as a number only when {@link #read} gives back exactly the same text. */
    private static Double number(String s) {
        try {
            BigDecimal d = new BigDecimal(s);
            return PlainNumbers.plain(d.doubleValue()).equals(s) ? d.doubleValue() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void list(XSSFSheet sheet, int column, int last, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values.toArray(new String[0])),
                new CellRangeAddressList(1, last, column, column));
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(LIST_ERROR_TITLE, LIST_ERROR_TEXT);
        v.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        sheet.addValidationData(v);
    }

}
