package vn.thidua.assessment;

import vn.thidua.organisation.Unit;
import vn.thidua.shared.csv.CsvReader;
import vn.thidua.shared.csv.CsvText;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a file of year-end results of units (communes, hamlets…) in long format, one value per line:
 *
 * <pre>
 * unit_code,measure,value
 * 31018-01,rating,Hoàn thành tốt nhiệm vụ
 * 31018-01,new-members,12
 * </pre>
 *
 * <p>Only the syntax is checked here; what a value means is the service's business (only it knows the campaign's
 * rating scale, its targets and their kinds, and which units exist). The parser never stops at the first problem: it
 * reports them all, in line order, up to {@value #MAX_ERRORS}.
 *
 * <ul>
 * <li>The header is required: exactly the three columns {@code unit_code,measure,value}, compared trimmed and
 * case-insensitively. Any other header, extra columns included, is {@code results.csv.header}.</li>
 * <li>{@code unit_code}: trimmed, must pass {@link Unit#isValidCode}.</li>
 * <li>{@code measure}: trimmed, {@value #RATING} or a target code — a lower-case slug
 * {@code [a-z0-9][a-z0-9-]{1,39}} ({@code rating} is itself one). Case is <em>not</em> folded.</li>
 * <li>{@code value}: trimmed and put in Unicode NFC, otherwise kept as written; must not be empty.</li>
 * <li>The same {@code unit_code} + {@code measure} twice is {@code results.csv.duplicate}, at the second line, with
 * the first line as argument.</li>
 * </ul>
 *
 * <p>The file is UTF-8 with or without a byte-order mark (anything else is {@code results.csv.encoding} at the line of
 * the first bad byte), lines end in LF or CRLF, fields may be quoted as in RFC 4180 (a quoted field may hold commas,
 * doubled quotes and line breaks). Blank lines, lines whose fields are all blank ({@code ,,} as spreadsheets write
 * them) and comment lines — whose first non-space character is {@code #}, anywhere in the file, also before the
 * header — are skipped. Line numbers are physical lines of the file, counting skipped lines; a record that spans
 * several lines is reported at the line where it starts. Decoding and record reading are {@link CsvText} and
 * {@link CsvReader#withCommentLines}, shared with the unit import; the rules and message keys are this class's.
 *
 * <p>Error keys and their arguments (all arguments are strings):
 * <ul>
 * <li>{@code results.csv.encoding} — not UTF-8; no argument;</li>
 * <li>{@code results.csv.header} — missing or wrong header; {0} the expected header;</li>
 * <li>{@code results.csv.columns} — {0} expected number of fields (3), {1} found;</li>
 * <li>{@code results.csv.quote} — a quote opened at this line is never closed (the rest of the file is not read);</li>
 * <li>{@code results.csv.unitCode} — {0} the code as written (empty when missing);</li>
 * <li>{@code results.csv.measure} — {0} the measure as written (empty when missing);</li>
 * <li>{@code results.csv.valueMissing} — no argument;</li>
 * <li>{@code results.csv.duplicate} — {0} the line where this unit and measure first appear;</li>
 * <li>{@code results.csv.empty} — line 0, no data rows; no argument;</li>
 * <li>{@code results.csv.tooMany} — at the first row over the maximum, which stops the reading; {0} the maximum;</li>
 * <li>{@code results.csv.tooManyErrors} — line 0, last in the list; {0} {@value #MAX_ERRORS}, {1} the total.</li>
 * </ul>
 *
 * <p>{@link #template} writes a file this parser reads back. An instance keeps no state between calls to
 * {@link #parse}: one instance may serve many threads.
 */
public final class ResultCsvParser {

    /** The measure of a unit's overall rating (xếp loại); every other measure is a target code. */
    public static final String RATING = "rating";
    /** Default largest number of data rows. */
    public static final int DEFAULT_MAX_ROWS = 500_000;
    /** Errors reported before the list is cut and {@code results.csv.tooManyErrors} added. */
    public static final int MAX_ERRORS = 200;
    /** Longest measure (target code). */
    public static final int MAX_MEASURE = 40;

    public static final String HEADER = "unit_code,measure,value";
    private static final List<String> HEADER_COLUMNS = List.of("unit_code", "measure", "value");
    private static final int COLUMNS = 3;
    private static final String LINE_END = "\r\n";

    private final int maxRows;

    /** A parser that accepts up to {@value #DEFAULT_MAX_ROWS} data rows. */
    public ResultCsvParser() {
        this(DEFAULT_MAX_ROWS);
    }

    /** @param maxRows largest number of data rows (blank and comment lines do not count), at least 1 */
    public ResultCsvParser(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1: " + maxRows);
        }
        this.maxRows = maxRows;
    }

    public int getMaxRows() {
        return maxRows;
    }

    public ResultCsvResult parse(byte[] content) {
        Objects.requireNonNull(content, "content");
        String text;
        try {
            text = CsvText.decodeUtf8(content);
        } catch (CsvText.BadEncoding e) {
            return new ResultCsvResult(List.of(), List.of(new ResultCsvError(e.getLine(), "results.csv.encoding")));
        }
        return new Run(text).parse();
    }

    /** Whether {@code measure} is {@value #RATING} or a well-formed target code: {@code [a-z0-9][a-z0-9-]{1,39}}. */
    public static boolean isValidMeasure(String measure) {
        if (measure == null) {
            return false;
        }
        int n = measure.length();
        if (n < 2 || n > MAX_MEASURE) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = measure.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // --- template ---------------------------------------------------------------------------------------------------

    /** {@link #template(String, List)} without a comment line. */
    public static String template(List<String[]> rows) {
        return template(null, rows);
    }

    /**
     * A results file with the header and the given rows, for a unit to fill in: a byte-order mark first (so that
     * Excel opens Vietnamese text correctly — encode the returned text as UTF-8), lines ending in CRLF, fields quoted
     * when they hold a comma, a quote or a line break (and a first field that starts with {@code #}, which would
     * otherwise read as a comment).
     *
     * @param comment optional text put before the header as comment lines (each line of it gets a {@code "# "}
     *                prefix unless it already starts with {@code #}); {@code null} or blank for none
     * @param rows    (unit_code, measure, value) triples; a {@code null} field is written empty, e.g. a rating to
     *                fill in. Note that the parser refuses an empty value: a unit must fill in or delete each line.
     * @throws IllegalArgumentException when a row is {@code null} or does not have exactly three fields
     */
    public static String template(String comment, List<String[]> rows) {
        Objects.requireNonNull(rows, "rows");
        StringBuilder out = new StringBuilder(64 + rows.size() * 40);
        out.append('\uFEFF');
        if (comment != null && !comment.isBlank()) {
            for (String line : comment.strip().split("\r\n|\r|\n", -1)) {
                // names come from the database: never let one run as a spreadsheet formula
                String safe = vn.thidua.shared.csv.CsvText.spreadsheetSafe(line);
                out.append(safe.stripLeading().startsWith("#") ? safe : "# " + safe).append(LINE_END);
            }
        }
        out.append(HEADER).append(LINE_END);
        for (String[] row : rows) {
            if (row == null || row.length != COLUMNS) {
                throw new IllegalArgumentException("A template row needs exactly " + COLUMNS + " fields: "
                        + (row == null ? "null" : Arrays.toString(row)));
            }
            for (int i = 0; i < COLUMNS; i++) {
                if (i > 0) {
                    out.append(',');
                }
                appendField(out, row[i] == null ? "" : row[i], i == 0);
            }
            out.append(LINE_END);
        }
        return out.toString();
    }

    private static void appendField(StringBuilder out, String field, boolean first) {
        boolean quote = first && field.stripLeading().startsWith("#");
        for (int i = 0; i < field.length() && !quote; i++) {
            char c = field.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(field);
            return;
        }
        out.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    // --- one parse --------------------------------------------------------------------------------------------------

    /** State of one call to {@link #parse}. */
    /** Where a row's errors go: each reader keeps its own list and cap. */
    @FunctionalInterface
    interface ErrorSink {
        void error(int line, String key, String... args);
    }

    /**
     * The checks of one data row, the same for the CSV and the Excel reader: a well-formed unit code and measure, a
     * value, and no unit and measure twice. A pair is taken by its first row even when that row's value is missing, so
     * that a later row with the same pair is still reported as a duplicate.
     */
    static void checkRow(int line, String unitCode, String measure, String value, Map<String, Integer> firstLine,
                         List<ResultCsvRow> rows, ErrorSink errors) {
        boolean codeOk = Unit.isValidCode(unitCode);
        if (!codeOk) {
            errors.error(line, "results.csv.unitCode", unitCode);
        }
        boolean measureOk = isValidMeasure(measure);
        if (!measureOk) {
            errors.error(line, "results.csv.measure", measure);
        }
        if (value.isEmpty()) {
            errors.error(line, "results.csv.valueMissing");
        }
        if (!codeOk || !measureOk) {
            return;
        }
        Integer first = firstLine.putIfAbsent(unitCode + '\u0000' + measure, line);
        if (first != null) {
            errors.error(line, "results.csv.duplicate", String.valueOf(first));
        } else if (!value.isEmpty()) {
            rows.add(new ResultCsvRow(line, unitCode, measure, value));
        }
    }

    private final class Run {

        private final CsvReader reader;
        private final List<ResultCsvError> errors = new ArrayList<>();
        private int errorCount;
        private final List<ResultCsvRow> rows = new ArrayList<>();
        /** unit_code + NUL + measure → line where first seen. */
        private final Map<String, Integer> firstLine = new HashMap<>();

        Run(String text) {
            this.reader = CsvReader.withCommentLines(text);
        }

        ResultCsvResult parse() {
            List<String> header = nextRecord();
            if (header == null) {
                if (!reader.unclosedQuote()) {
                    error(0, "results.csv.empty");
                }
                return finish();
            }
            if (!CsvReader.isHeader(header, HEADER_COLUMNS)) {
                error(reader.recordLine(), "results.csv.header", HEADER);
                return finish();
            }
            int dataRows = 0;
            List<String> fields;
            while ((fields = nextRecord()) != null) {
                int line = reader.recordLine();
                if (dataRows == maxRows) {
                    error(line, "results.csv.tooMany", String.valueOf(maxRows));
                    return finish();
                }
                dataRows++;
                if (fields.size() != COLUMNS) {
                    error(line, "results.csv.columns", String.valueOf(COLUMNS), String.valueOf(fields.size()));
                    continue;
                }
                row(line, fields);
            }
            if (dataRows == 0 && !reader.unclosedQuote()) {
                error(0, "results.csv.empty");
            }
            return finish();
        }

        private void row(int line, List<String> f) {
            checkRow(line, f.get(0).strip(), f.get(1).strip(), nfc(f.get(2).strip()), firstLine, rows, this::error);
        }

        /** The next record that is not blank nor a comment, or null at the end (reporting an unclosed quote). */
        private List<String> nextRecord() {
            List<String> fields = reader.nextNonBlank();
            if (fields == null && reader.unclosedQuote()) {
                error(reader.recordLine(), "results.csv.quote");
            }
            return fields;
        }

        private void error(int line, String key, String... args) {
            errorCount++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new ResultCsvError(line, key, args));
            }
        }

        private ResultCsvResult finish() {
            List<ResultCsvError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingInt(ResultCsvError::getLine)); // stable: same line keeps the order found
            if (errorCount > MAX_ERRORS) {
                sorted.add(new ResultCsvError(0, "results.csv.tooManyErrors",
                        String.valueOf(MAX_ERRORS), String.valueOf(errorCount)));
            }
            return new ResultCsvResult(rows, sorted);
        }
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
