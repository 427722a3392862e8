package vn.thidua.shared.text;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.text.LineDiff.DiffLine;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineDiffTest {

    /** Compact picture of a diff: one "+text", "-text" or " text" per line. */
    private static List<String> signs(List<DiffLine> diff) {
        return diff.stream().map(l -> (l.getKind() == DiffLine.Kind.ADDED ? "+" : l.getKind() == DiffLine.Kind.REMOVED
                ? "-" : " ") + l.getText()).collect(Collectors.toList());
    }

    @Test
    void identicalTextsAreUnchanged() {
        List<DiffLine> diff = LineDiff.diff("a\nb\nc", "a\nb\nc");
        assertTrue(LineDiff.isUnchanged(diff));
        assertEquals(List.of(" a", " b", " c"), signs(diff));
        assertEquals(0, LineDiff.added(diff));
        assertEquals(0, LineDiff.removed(diff));
        assertEquals(3, diff.get(2).getOldNumber());
        assertEquals(3, diff.get(2).getNewNumber());
        assertEquals("diff-same", diff.get(0).getCssClass());
    }

    @Test
    void emptyAgainstText() {
        List<DiffLine> added = LineDiff.diff("", "x\ny");
        assertEquals(List.of("+x", "+y"), signs(added));
        assertEquals(0, added.get(0).getOldNumber());
        assertEquals(1, added.get(0).getNewNumber());
        assertEquals("diff-added", added.get(0).getCssClass());

        List<DiffLine> removed = LineDiff.diff("x\ny", null);
        assertEquals(List.of("-x", "-y"), signs(removed));
        assertEquals(2, removed.get(1).getOldNumber());
        assertEquals(0, removed.get(1).getNewNumber());
        assertEquals("diff-removed", removed.get(1).getCssClass());

        assertTrue(LineDiff.diff("", null).isEmpty());
        assertTrue(LineDiff.isUnchanged(LineDiff.diff(null, "")));
    }

    @Test
    void insertInTheMiddle() {
        List<DiffLine> diff = LineDiff.diff("a\nb\nc", "a\nb\nnew\nc");
        assertEquals(List.of(" a", " b", "+new", " c"), signs(diff));
        assertEquals(3, diff.get(2).getNewNumber());
        assertEquals(3, diff.get(3).getOldNumber());
        assertEquals(4, diff.get(3).getNewNumber());
        assertEquals(1, LineDiff.added(diff));
        assertEquals(0, LineDiff.removed(diff));
        assertFalse(LineDiff.isUnchanged(diff));
    }

    @Test
    void replacedLineIsRemovedThenAdded() {
        List<DiffLine> diff = LineDiff.diff("a\nold\nc", "a\nnew\nc");
        assertEquals(List.of(" a", "-old", "+new", " c"), signs(diff));
        assertEquals(2, diff.get(1).getOldNumber());
        assertEquals(2, diff.get(2).getNewNumber());
        assertEquals(1, LineDiff.added(diff));
        assertEquals(1, LineDiff.removed(diff));
    }

    @Test
    void findsCommonLinesBetweenScatteredChanges() {
        List<DiffLine> diff = LineDiff.diff("1\n2\n3\n4\n5\n6", "0\n1\n3\n4\nX\n6\n7");
        assertEquals(List.of("+0", " 1", "-2", " 3", " 4", "-5", "+X", " 6", "+7"), signs(diff));
    }

    @Test
    void vietnameseTextIsComparedExactly() {
        String before = "Cam kết thi đua năm 2024\nHoàn thành 100% chỉ tiêu\nKhông có đảng viên vi phạm";
        String after = "Cam kết thi đua năm 2024\nHoàn thành 120% chỉ tiêu\nKhông có đảng viên vi phạm";
        List<DiffLine> diff = LineDiff.diff(before, after);
        assertEquals(List.of(" Cam kết thi đua năm 2024", "-Hoàn thành 100% chỉ tiêu", "+Hoàn thành 120% chỉ tiêu",
                " Không có đảng viên vi phạm"), signs(diff));
    }

    @Test
    void trailingNewlineAndCarriageReturnsAreNotChanges() {
        assertTrue(LineDiff.isUnchanged(LineDiff.diff("a\nb", "a\nb\n")));
        assertTrue(LineDiff.isUnchanged(LineDiff.diff("a\r\nb\r\n", "a\nb")));
        assertEquals(2, LineDiff.diff("a\nb\n", "a\nb\n").size());
        // A blank line the writer added is a real change, unlike the single newline that ends the text.
        assertEquals(List.of(" a", " b", "+"), signs(LineDiff.diff("a\nb\n", "a\nb\n\n")));
        assertEquals(List.of(" a", "+", " b"), signs(LineDiff.diff("a\nb", "a\n\nb")));
    }

    @Test
    void largeTextsWithScatteredChangesGetAPreciseDiffQuickly() {
        int n = 2101; // odd, so that the first and last lines of the middle differ
        String before = IntStream.range(0, n).mapToObj(i -> "old " + i).collect(Collectors.joining("\n"));
        // Every other line is kept: 1050 common lines, 1051 replaced. (The former home-made table gave up above
        // 4 million cells and showed all 2101 lines as removed, then added.)
        String after = IntStream.range(0, n).mapToObj(i -> (i % 2 == 1 ? "old " : "new ") + i)
                .collect(Collectors.joining("\n"));
        long start = System.nanoTime();
        List<DiffLine> diff = LineDiff.diff("same\n" + before + "\nend", "same\n" + after + "\nend");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "took over 5 s");
        assertEquals(1051, LineDiff.removed(diff));
        assertEquals(1051, LineDiff.added(diff));
        assertEquals(1052, diff.stream().filter(l -> l.getKind() == DiffLine.Kind.SAME).count());
        assertEquals(List.of(" same", "-old 0", "+new 0", " old 1", "-old 2", "+new 2"), signs(diff).subList(0, 6));
        assertEquals(" end", signs(diff).get(diff.size() - 1));
        assertEquals(n + 2, diff.get(diff.size() - 1).getOldNumber());
        assertEquals(n + 2, diff.get(diff.size() - 1).getNewNumber());
    }

    @Test
    void lineNumbersFollowBothRevisionsThroughEveryChange() {
        String before = "a\nb\nc\nd\ne";
        String after = "x\na\nc\nd2\ne\nf";
        for (DiffLine line : LineDiff.diff(before, after)) {
            String[] a = before.split("\n");
            String[] b = after.split("\n");
            if (line.getKind() != DiffLine.Kind.ADDED) {
                assertEquals(line.getText(), a[line.getOldNumber() - 1], line.toString());
            }
            if (line.getKind() != DiffLine.Kind.REMOVED) {
                assertEquals(line.getText(), b[line.getNewNumber() - 1], line.toString());
            }
        }
    }

    @Test
    void longTextWithOneEditStillGetsAPreciseDiff() {
        // 3000 × 3000 lines is over the limit, but the common head and tail are set aside before the limit applies.
        String before = IntStream.range(0, 3000).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        String after = before.replace("line 1500\n", "line 1500 sửa\n");
        List<DiffLine> diff = LineDiff.diff(before, after);
        assertEquals(1, LineDiff.added(diff));
        assertEquals(1, LineDiff.removed(diff));
        assertEquals(3001, diff.size());
    }
}
