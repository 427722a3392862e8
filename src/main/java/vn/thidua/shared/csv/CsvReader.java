package vn.thidua.shared.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 records over decoded text ({@link CsvText#decodeUtf8}), with the physical line where each starts, for the
 * imports that report problems by line. Lenient where a spreadsheet would be: white space before an opening quote is
 * ignored, text after a closing quote is kept, a quote inside an unquoted field is an ordinary character. Records end
 * at LF or CRLF outside quotes; a quoted field may hold commas, doubled quotes and line breaks, and a record that spans
 * several lines is numbered by the line where it starts. An opening quote that is never closed ends the reading
 * ({@link #unclosedQuote()}): what follows it cannot be told apart from the quoted field.
 *
 * <p>What a record means — its header, its columns, the message keys of its errors — is left to each import. Not
 * thread-safe: one reader for one pass over one text.
 *
 * <p>Why not a library (tried against this class's tests, December 2026): Apache Commons CSV 1.14 and FastCSV 4.1 both
 * end a record at a lone CR, keep the spaces and the quotes of {@code  "a"} as text, and take {@code #} as a comment
 * only in the first column; FastCSV also reads an unclosed quote silently to the end of the file (an all-or-nothing
 * import would then accept a file whose last lines vanished into one field), and Commons CSV attaches a comment line
 * to the next record, which then reports the comment's line. Emulating these around either library would take more
 * code than this reader.
 */
public final class CsvReader {

    private final String s;
    private final int length;
    private final boolean commentLines;
    private int pos;
    private int line = 1;
    private int recordLine;
    private boolean unclosedQuote;
    private final StringBuilder field = new StringBuilder(64);

    private CsvReader(String text, boolean commentLines) {
        this.s = text;
        this.length = text.length();
        this.commentLines = commentLines;
    }

    /** A reader for which every line is data (a {@code #} is an ordinary character). */
    public static CsvReader of(String text) {
        return new CsvReader(text, false);
    }

    /**
     * A reader for which a record whose first non-space character is {@code #} is a comment: the rest of its physical
     * line is skipped, quotes included, and it reads as no fields (so {@link #isBlank} skips it).
     */
    public static CsvReader withCommentLines(String text) {
        return new CsvReader(text, true);
    }

    /** Physical line (1-based) where the record last returned, or the unclosed quoted one, starts. */
    public int recordLine() {
        return recordLine;
    }

    /**
     * Whether the reading ended at a quote opened on {@link #recordLine()} and never closed. The rest of the file is
     * then unknown, which an import may need to know (say, before calling a reference missing).
     */
    public boolean unclosedQuote() {
        return unclosedQuote;
    }

    /**
     * The next record's raw fields, untrimmed (at least one; none for a comment line), or null at the end of the text
     * or after an unclosed quote.
     */
    public List<String> next() {
        if (pos >= length || unclosedQuote) {
            return null;
        }
        recordLine = line;
        if (commentLines) {
            int start = skipSpaces(pos);
            if (start < length && s.charAt(start) == '#') {
                int end = s.indexOf('\n', start);
                pos = end < 0 ? length : end + 1;
                if (end >= 0) {
                    line++;
                }
                return List.of();
            }
        }
        List<String> fields = new ArrayList<>(8);
        while (true) {
            field.setLength(0);
            int p = skipSpaces(pos);
            if (p < length && s.charAt(p) == '"') {
                pos = p + 1;
                while (true) {
                    if (pos >= length) {
                        unclosedQuote = true;
                        return null;
                    }
                    char c = s.charAt(pos);
                    if (c == '"') {
                        if (pos + 1 < length && s.charAt(pos + 1) == '"') {
                            field.append('"');
                            pos += 2;
                            continue;
                        }
                        pos++;
                        break;
                    }
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                    pos++;
                }
            }
            // unquoted field, or what follows a closing quote (the spaces skipped above are kept when unquoted)
            while (true) {
                if (pos >= length) {
                    fields.add(field.toString());
                    return fields;
                }
                char c = s.charAt(pos);
                if (c == ',') {
                    pos++;
                    fields.add(field.toString());
                    break;
                }
                if (c == '\n' || (c == '\r' && pos + 1 < length && s.charAt(pos + 1) == '\n')) {
                    pos += c == '\n' ? 1 : 2;
                    line++;
                    fields.add(field.toString());
                    return fields;
                }
                field.append(c);
                pos++;
            }
        }
    }

    /**
     * The next record that is not {@link #isBlank blank}, or null at the end. The caller tells an unclosed quote from
     * a clean end with {@link #unclosedQuote()}, and reports it under its own key at {@link #recordLine()}.
     */
    public List<String> nextNonBlank() {
        List<String> fields;
        while ((fields = next()) != null) {
            if (!isBlank(fields)) {
                return fields;
            }
        }
        return null;
    }

    /**
     * True for a record of no fields (a comment line) or only blank ones: an empty line, or {@code ,,} as spreadsheets
     * write below the data.
     */
    public static boolean isBlank(List<String> fields) {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a record is exactly the given header: same number of columns, each name trimmed and lower-cased
     * ({@link Locale#ROOT}, so that a Turkish locale does not change "I") equal to the expected lower-case one.
     */
    public static boolean isHeader(List<String> record, List<String> columns) {
        if (record.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).strip().toLowerCase(Locale.ROOT).equals(columns.get(i))) {
                return false;
            }
        }
        return true;
    }

    private int skipSpaces(int p) {
        while (p < length && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }
}
