package vn.thidua.shared.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Compares two revisions of a pledge's text line by line, so that an approver sees exactly which commitments a unit
 * changed before signing again. Uses a longest-common-subsequence table: pledges are at most a few thousand lines,
 * and the table is only built for the part between the common first and last lines, which for a typical edit is small.
 */
public final class LineDiff {

    /**
     * Above this many table cells (lines before × lines after, counted after the common head and tail are set aside)
     * the table would cost more than about 16 MB, so the differing middle is shown as all removed then all added.
     */
    static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {
    }

    /**
     * The lines of both texts in reading order: unchanged lines once, and where the texts differ the removed lines
     * before the added ones. Null counts as empty text.
     */
    public static List<DiffLine> diff(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        List<DiffLine> out = new ArrayList<>(a.length + b.length);

        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            out.add(new DiffLine(DiffLine.Kind.SAME, a[head], head + 1, head + 1));
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        int aEnd = a.length - tail;
        int bEnd = b.length - tail;

        if ((long) (aEnd - head) * (bEnd - head) > MAX_CELLS) {
            for (int i = head; i < aEnd; i++) {
                out.add(new DiffLine(DiffLine.Kind.REMOVED, a[i], i + 1, 0));
            }
            for (int j = head; j < bEnd; j++) {
                out.add(new DiffLine(DiffLine.Kind.ADDED, b[j], 0, j + 1));
            }
        } else {
            middle(a, head, aEnd, b, head, bEnd, out);
        }

        for (int k = 0; k < tail; k++) {
            int i = aEnd + k;
            int j = bEnd + k;
            out.add(new DiffLine(DiffLine.Kind.SAME, a[i], i + 1, j + 1));
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

    /** Plain dynamic-programming LCS over a[aFrom..aTo) and b[bFrom..bTo). */
    private static void middle(String[] a, int aFrom, int aTo, String[] b, int bFrom, int bTo, List<DiffLine> out) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        // lcs[i][j] = length of the LCS of the suffixes starting at i and j; suffixes let the walk below go forward,
        // which puts removals before additions where a line was replaced.
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[aFrom + i].equals(b[bFrom + j])
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[aFrom + i].equals(b[bFrom + j])) {
                out.add(new DiffLine(DiffLine.Kind.SAME, a[aFrom + i], aFrom + i + 1, bFrom + j + 1));
                i++;
                j++;
            } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new DiffLine(DiffLine.Kind.REMOVED, a[aFrom + i], aFrom + i + 1, 0));
                i++;
            } else {
                out.add(new DiffLine(DiffLine.Kind.ADDED, b[bFrom + j], 0, bFrom + j + 1));
                j++;
            }
        }
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
