package vn.thidua.shared.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Compares two revisions of a pledge's text line by line, so that an approver sees exactly which commitments a unit
 * changed before signing again. The differences come from java-diff-utils (Myers' algorithm: linear memory, time
 * growing with the size of the change, so a long text with a small edit is cheap); this class only turns them into
 * numbered lines for the page, removed lines before the added ones that replace them.
 */
public final class LineDiff {

    private LineDiff() {
    }

    /**
     * The lines of both texts in reading order: unchanged lines once, and where the texts differ the removed lines
     * before the added ones. Null counts as empty text.
     */
    public static List<DiffLine> diff(String before, String after) {
        List<String> a = Arrays.asList(lines(before));
        List<String> b = Arrays.asList(lines(after));
        List<DiffLine> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++, j++) {
                out.add(new DiffLine(DiffLine.Kind.SAME, a.get(i), i + 1, j + 1));
            }
            for (String line : delta.getSource().getLines()) {
                out.add(new DiffLine(DiffLine.Kind.REMOVED, line, ++i, 0));
            }
            for (String line : delta.getTarget().getLines()) {
                out.add(new DiffLine(DiffLine.Kind.ADDED, line, 0, ++j));
            }
        }
        for (; i < a.size(); i++, j++) {
            out.add(new DiffLine(DiffLine.Kind.SAME, a.get(i), i + 1, j + 1));
        }
        return Collections.unmodifiableList(out);
    }

    public static boolean isUnchanged(List<DiffLine> diff) {
        return diff.stream().allMatch(line -> line.getKind() == DiffLine.Kind.SAME);
    }

    public static int added(List<DiffLine> diff) {
        return (int) diff.stream().filter(line -> line.getKind() == DiffLine.Kind.ADDED).count();
    }

    public static int removed(List<DiffLine> diff) {
        return (int) diff.stream().filter(line -> line.getKind() == DiffLine.Kind.REMOVED).count();
    }

    /**
     * Splits on '\n'. A final '\n' ends the last line rather than starting an empty one, and a '\r' before '\n' is
     * dropped, because browsers submit text areas with CRLF while stored text may have LF: neither difference is
     * visible to the reader, so neither should show up as a changed line.
     */
    static String[] lines(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        String[] parts = text.split("\n", -1);
        int count = parts.length;
        if (parts[count - 1].isEmpty()) {
            count--;
        }
        String[] result = Arrays.copyOf(parts, count);
        for (int i = 0; i < count; i++) {
            if (result[i].endsWith("\r")) {
                result[i] = result[i].substring(0, result[i].length() - 1);
            }
        }
        return result;
    }

    /**
     * One line of a diff: what happened to it and where it stood in each revision. A plain final class with
     * getters rather than a record, because Jakarta EL reads JavaBean getters and cannot read record accessors.
     */
    public static final class DiffLine {

        /** What happened to the line between the two revisions. */
        public enum Kind {
            SAME, ADDED, REMOVED
        }

        private final Kind kind;
        private final String text;
        private final int oldNumber;
        private final int newNumber;

        DiffLine(Kind kind, String text, int oldNumber, int newNumber) {
            this.kind = Objects.requireNonNull(kind);
            this.text = Objects.requireNonNull(text);
            this.oldNumber = oldNumber;
            this.newNumber = newNumber;
        }

        public Kind getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }

        /** 1-based line number in the earlier revision, or 0 when the line was added (it was not there). */
        public int getOldNumber() {
            return oldNumber;
        }

        /** 1-based line number in the later revision, or 0 when the line was removed (it is not there any more). */
        public int getNewNumber() {
            return newNumber;
        }

        /** The style class the page puts on the row, so that the view needs no switch over kinds. */
        public String getCssClass() {
            switch (kind) {
                case ADDED:
                    return "diff-added";
                case REMOVED:
                    return "diff-removed";
                default:
                    return "diff-same";
            }
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof DiffLine)) {
                return false;
            }
            DiffLine other = (DiffLine) o;
            return kind == other.kind && oldNumber == other.oldNumber && newNumber == other.newNumber
                    && text.equals(other.text);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, text, oldNumber, newNumber);
        }

        @Override
        public String toString() {
            String sign = kind == Kind.ADDED ? "+" : kind == Kind.REMOVED ? "-" : " ";
            return sign + oldNumber + "/" + newNumber + " " + text;
        }
    }
}
