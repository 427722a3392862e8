package vn.thidua.shared.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Plain text with light formatting, as users type pledge clauses: blank lines separate blocks, a block whose lines all
 * start with "- " or "* " is a bulleted list, {@code **bold**} and {@code *italic*} work inside a line.
 *
 * <p>Emphasis inside a line is read by commonmark-java, so {@code **} and {@code *} follow the CommonMark rules
 * (flanking, nesting, what an unmatched marker leaves). Everything else CommonMark would interpret is switched off: no
 * block syntax (headings, numbered lists, quotes, code), and every other ASCII punctuation is taken literally, so
 * links, images, raw HTML, entities, code spans and underscores never become anything but the characters typed. The
 * blocks stay this class's own, stricter rule (a list only when every line of the block is an item), so that clauses
 * written and signed before commonmark read as they did: CommonMark would turn "Nội dung:" followed by a "- " line
 * into a list, and a "*" item after a "-" item into a second list.
 *
 * <p>Nothing here ever emits user text unescaped: {@link #toHtml} builds every tag itself and escapes all text, so its
 * output may be written with {@code escape="false"}. Markers that are not closed stay literal asterisks, so nothing a
 * user types is silently lost.
 */
public final class LightText {

    public enum Kind {
        PARAGRAPH, BULLETS
    }

    /** A paragraph (lines are hard line breaks) or a bulleted list (one line per item). */
    public static final class Block {
        private final Kind kind;
        private final List<Line> lines;

        Block(Kind kind, List<Line> lines) {
            this.kind = kind;
            this.lines = Collections.unmodifiableList(lines);
        }

        public Kind getKind() {
            return kind;
        }

        public List<Line> getLines() {
            return lines;
        }

        public boolean isBullets() {
            return kind == Kind.BULLETS;
        }
    }

    public static final class Line {
        private final List<Run> runs;

        Line(List<Run> runs) {
            this.runs = Collections.unmodifiableList(runs);
        }

        public List<Run> getRuns() {
            return runs;
        }

        /** The line's text without markup. */
        public String getText() {
            StringBuilder text = new StringBuilder();
            for (Run run : runs) {
                text.append(run.getText());
            }
            return text.toString();
        }
    }

    /** A stretch of text in one style. Adjacent runs never share a style. */
    public static final class Run {
        private final String text;
        private final boolean bold;
        private final boolean italic;

        Run(String text, boolean bold, boolean italic) {
            this.text = text;
            this.bold = bold;
            this.italic = italic;
        }

        public String getText() {
            return text;
        }

        public boolean isBold() {
            return bold;
        }

        public boolean isItalic() {
            return italic;
        }

        @Override
        public String toString() {
            return (bold ? "B" : "") + (italic ? "I" : "") + "[" + text + "]";
        }
    }

    private LightText() {
    }

    /**
     * Normalises typed text so that equal-looking texts are equal (NFC, \n line ends, no trailing spaces, at most one
     * blank line in a row) and so that invisible characters cannot hide content.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                kept.append(c);
            } else if (c == '\t') {
                kept.append(' ');
            } else if (c == '\u2028' || c == '\u2029') {
                // Unicode line/paragraph separators would otherwise be invisible line breaks in HTML but not in PDF.
                kept.append('\n');
            } else if (Character.getType(c) == Character.CONTROL || isBidiControl(c) || c == '\uFEFF') {
                // Dropped: control characters break PDF/HTML output; bidi overrides can make text read differently
                // from what it contains (a signed pledge must say what it shows).
                continue;
            } else {
                kept.append(c);
            }
        }
        // NFC after removing controls: a removed character may have separated a base letter from its combining mark.
        String normalised = Normalizer.normalize(kept, Normalizer.Form.NFC);
        String[] lines = normalised.split("\n", -1);
        StringBuilder out = new StringBuilder(normalised.length());
        int blankRun = 0;
        for (String line : lines) {
            String stripped = line.stripTrailing();
            if (stripped.isEmpty()) {
                blankRun++;
                continue;
            }
            if (out.length() > 0) {
                // One newline ends the previous line; any blank lines in between collapse to exactly one.
                out.append(blankRun > 0 ? "\n\n" : "\n");
            }
            blankRun = 0;
            out.append(stripped);
        }
        return out.toString();
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    /** The blocks of the (cleaned) text; empty for empty text. */
    public static List<Block> parse(String text) {
        String cleaned = clean(text);
        List<Block> blocks = new ArrayList<>();
        if (cleaned.isEmpty()) {
            return blocks;
        }
        for (String chunk : cleaned.split("\n\n")) {
            String[] rawLines = chunk.split("\n");
            boolean bullets = true;
            for (String line : rawLines) {
                if (bulletText(line) == null) {
                    bullets = false;
                    break;
                }
            }
            List<Line> lines = new ArrayList<>(rawLines.length);
            for (String line : rawLines) {
                lines.add(new Line(parseInline(bullets ? bulletText(line) : line)));
            }
            blocks.add(new Block(bullets ? Kind.BULLETS : Kind.PARAGRAPH, lines));
        }
        return blocks;
    }

    /** The item text when the line is a bullet ("- x" or "* x", indentation allowed), else null. */
    private static String bulletText(String line) {
        String s = line.stripLeading();
        if (s.length() >= 2 && (s.charAt(0) == '-' || s.charAt(0) == '*') && s.charAt(1) == ' ') {
            return s.substring(2).strip();
        }
        return null;
    }

    /** Inline syntax only: with no block parser enabled a line is one paragraph of text and emphasis. */
    private static final Parser INLINE = Parser.builder().enabledBlockTypes(Set.of()).build();

    static List<Run> parseInline(String line) {
        // Leading spaces are text here (an indented line stays indented); a CommonMark paragraph would drop them.
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        List<Run> runs = new ArrayList<>();
        if (indent > 0) {
            runs.add(new Run(line.substring(0, indent), false, false));
        }
        collect(INLINE.parse(literalExceptStars(line.substring(indent))), false, false, runs);
        return merge(runs);
    }

    /** Backslash before every ASCII punctuation but '*': CommonMark then reads it as that character and nothing more. */
    private static String literalExceptStars(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '*' && c < 0x80 && isAsciiPunctuation(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** Text in the style of its enclosing emphasis; any other node gives its text, so nothing typed is dropped. */
    private static void collect(Node node, boolean bold, boolean italic, List<Run> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                out.add(new Run(text.getLiteral(), bold, italic));
            } else {
                collect(child, bold || child instanceof StrongEmphasis, italic || child instanceof Emphasis, out);
            }
        }
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> merged = new ArrayList<>(runs.size());
        for (Run run : runs) {
            if (run.getText().isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).isBold() == run.isBold() && merged.get(last).isItalic() == run.isItalic()) {
                merged.set(last, new Run(merged.get(last).getText() + run.getText(), run.isBold(), run.isItalic()));
            } else {
                merged.add(run);
            }
        }
        return merged;
    }

    /** Safe HTML: only the tags built here ({@code p br ul li strong em}), all text escaped. */
    public static String toHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (Block block : parse(text)) {
            if (block.getKind() == Kind.BULLETS) {
                html.append("<ul>");
                for (Line line : block.getLines()) {
                    html.append("<li>");
                    appendRuns(html, line);
                    html.append("</li>");
                }
                html.append("</ul>");
            } else {
                html.append("<p>");
                boolean first = true;
                for (Line line : block.getLines()) {
                    if (!first) {
                        html.append("<br/>");
                    }
                    first = false;
                    appendRuns(html, line);
                }
                html.append("</p>");
            }
        }
        return html.toString();
    }

    private static void appendRuns(StringBuilder html, Line line) {
        for (Run run : line.getRuns()) {
            if (run.isBold()) {
                html.append("<strong>");
            }
            if (run.isItalic()) {
                html.append("<em>");
            }
            escapeHtml(html, run.getText());
            if (run.isItalic()) {
                html.append("</em>");
            }
            if (run.isBold()) {
                html.append("</strong>");
            }
        }
    }

    static void escapeHtml(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** The text without emphasis markers; bullets become "- " lines, blocks stay separated by a blank line. */
    public static String toPlain(String text) {
        StringBuilder plain = new StringBuilder();
        for (Block block : parse(text)) {
            if (plain.length() > 0) {
                plain.append("\n\n");
            }
            boolean first = true;
            for (Line line : block.getLines()) {
                if (!first) {
                    plain.append('\n');
                }
                first = false;
                if (block.getKind() == Kind.BULLETS) {
                    plain.append("- ");
                }
                plain.append(line.getText());
            }
        }
        return plain.toString();
    }
}
