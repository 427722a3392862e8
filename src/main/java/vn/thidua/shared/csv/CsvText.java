package vn.thidua.shared.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an uploaded CSV file into text for {@link CsvReader}. The imports accept UTF-8 only, with or
 * without the byte-order mark Excel writes; anything else is refused rather than guessed, and the refusal names the
 * line of the first bad byte, so that a user can find a stray Windows-1258 character in a big file.
 */
public final class CsvText {

    private CsvText() {
    }

    /** The content is not UTF-8. Carries no stack trace: it is an answer about the file, not a fault. */
    public static final class BadEncoding extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        BadEncoding(int line) {
            super("not UTF-8 at line " + line, null, false, false);
            this.line = line;
        }

        /** Physical line (1-based) of the first byte that is not UTF-8. */
        public int getLine() {
            return line;
        }
    }

    /**
     * Strict UTF-8 (malformed or unmappable input is an error, never a replacement character); a leading byte-order
     * mark is dropped.
     *
     * @throws BadEncoding with the physical line, counted in LF bytes, of the first bad byte
     */
    public static String decodeUtf8(byte[] content) throws BadEncoding {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        // UTF-8 never yields more chars than bytes; one more keeps the decoder from ever reporting overflow
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // on an error the decoder stops with the input positioned at the first bad byte
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new BadEncoding(line);
        }
        out.flip();
        if (out.hasRemaining() && out.get(0) == '\uFEFF') {
            out.position(1);
        }
        return out.toString();
    }

    /**
     * Text written into a CSV that people open in a spreadsheet, made inert: a cell that starts with {@code = + - @},
     * a tab or a carriage return would be run as a formula (CSV injection, e.g. {@code =HYPERLINK(…)} in a unit's
     * name). Every such cell of the line, whether cells are split on commas or on semicolons (Vietnamese Excel
     * uses the latter), gets a leading apostrophe, which spreadsheets show as text.
     */
    public static String spreadsheetSafe(String line) {
        StringBuilder out = new StringBuilder(line.length() + 4);
        boolean cellStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (cellStart && c == ' ') {
                out.append(c);
                continue;
            }
            if (cellStart && (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')) {
                out.append('\'');
            }
            out.append(c);
            cellStart = c == ',' || c == ';';
        }
        return out.toString();
    }
}
