package vn.thidua.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.thidua.shared.text.LightText.Block;
import vn.thidua.shared.text.LightText.Kind;
import vn.thidua.shared.text.LightText.Run;

class LightTextTest {

    /** Runs as B/I-tagged strings, compact to compare. */
    private static String runs(String line) {
        List<Block> blocks = LightText.parse(line);
        assertEquals(1, blocks.size());
        assertEquals(1, blocks.get(0).getLines().size());
        return blocks.get(0).getLines().get(0).getRuns().stream().map(Run::toString).collect(Collectors.joining());
    }

    @Test
    void cleanHandlesNullAndEmpty() {
        assertEquals("", LightText.clean(null));
        assertEquals("", LightText.clean(""));
        assertEquals("", LightText.clean(" \n\t\r\n  \n"));
    }

    @Test
    void cleanNormalisesLineEndsControlsAndBlankLines() {
        assertEquals("a\nb\nc", LightText.clean("a\r\nb\rc"));
        assertEquals("a b", LightText.clean("a\tb"));
        assertEquals("ab", LightText.clean("a\u0000\u0007\u001Bb\u007F"));
        assertEquals("a\n\nb", LightText.clean("a\n\n\n\n\nb"));
        assertEquals("a\n\nb", LightText.clean("a\n  \n\t\n \nb"));
        assertEquals("a\nb", LightText.clean("a   \nb\t "));
        assertEquals("  indented\nx", LightText.clean("\n\n  \n  indented\nx\n\n\n"));
        // Bidi overrides could make a clause read differently from what it contains.
        assertEquals("abc", LightText.clean("a\u202Eb\u2066c\u2069"));
    }

    @Test
    void cleanIsIdempotent() {
        String once = LightText.clean("  x \r\n\r\n\r\n\ty\u0001 \n");
        assertEquals(once, LightText.clean(once));
    }

    @Test
    void cleanTurnsDecomposedVietnameseIntoNfc() {
        String nfd = Normalizer.normalize("Giao ước thi đua: Vân Khánh Tây, Đông Hưng A", Normalizer.Form.NFD);
        String cleaned = LightText.clean(nfd);
        assertTrue(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC));
        assertEquals("Giao ước thi đua: Vân Khánh Tây, Đông Hưng A", cleaned);
        // A control character between base and combining mark must not leave them apart.
        assertEquals("ế", LightText.clean("e\u0302\u0000\u0301"));
    }

    @Test
    void paragraphsSplitOnBlankLinesAndKeepLineBreaks() {
        List<Block> blocks = LightText.parse("Dòng một\nDòng hai\n\nĐoạn hai");
        assertEquals(2, blocks.size());
        assertEquals(Kind.PARAGRAPH, blocks.get(0).getKind());
        assertEquals(2, blocks.get(0).getLines().size());
        assertEquals("Dòng hai", blocks.get(0).getLines().get(1).getText());
        assertEquals("Đoạn hai", blocks.get(1).getLines().get(0).getText());
        assertTrue(LightText.parse(null).isEmpty());
    }

    @Test
    void bulletsNeedEveryLineToBeAnItem() {
        List<Block> blocks = LightText.parse("- Một\n* **Hai**\n  - Ba\n\nNội dung:\n- không phải danh sách");
        assertEquals(Kind.BULLETS, blocks.get(0).getKind());
        assertEquals(3, blocks.get(0).getLines().size());
        assertEquals("Một", blocks.get(0).getLines().get(0).getText());
        assertEquals("B[Hai]", blocks.get(0).getLines().get(1).getRuns().get(0).toString());
        assertEquals("Ba", blocks.get(0).getLines().get(2).getText());
        assertEquals(Kind.PARAGRAPH, blocks.get(1).getKind());
        assertEquals("- không phải danh sách", blocks.get(1).getLines().get(1).getText());
        // "-x" (no space) or a lone dash is not a bullet.
        assertEquals(Kind.PARAGRAPH, LightText.parse("-x\n- y").get(0).getKind());
    }

    @Test
    void boldAndItalic() {
        assertEquals("[Đạt ]B[100%][ ]I[chỉ tiêu]", runs("Đạt **100%** *chỉ tiêu*"));
        assertEquals("[a ]B[b]", runs("a **b**"));
        assertEquals("I[x]", runs("*x*"));
        assertEquals("[a ]B[b][ c ]I[d][ e]", runs("a **b** c *d* e"));
    }

    @Test
    void nestedMarkers() {
        assertEquals("B[đậm ]BI[nghiêng]B[ đậm]", runs("**đậm *nghiêng* đậm**"));
        assertEquals("I[nghiêng ]BI[đậm]I[ nghiêng]", runs("*nghiêng **đậm** nghiêng*"));
    }

    @Test
    void unclosedOrSpacedMarkersStayLiteral() {
        assertEquals("[**chưa đóng]", runs("**chưa đóng"));
        assertEquals("[*chưa đóng]", runs("*chưa đóng"));
        assertEquals("[2 * 3 * 4]", runs("2 * 3 * 4"));
        assertEquals("[a ** b ** c]", runs("a ** b ** c"));
        assertEquals("[**]", runs("**"));
        assertEquals("[****]", runs("****"));
        // Unequal markers pair as CommonMark pairs them; the star left over stays visible.
        assertEquals("I[a][*]", runs("*a**"));
        assertEquals("[*]I[a]", runs("**a*"));
        // Markers never span lines.
        List<Block> blocks = LightText.parse("**bắt đầu\nkết thúc**");
        assertEquals("**bắt đầu", blocks.get(0).getLines().get(0).getText());
        assertFalse(blocks.get(0).getLines().get(0).getRuns().get(0).isBold());
    }

    @Test
    void onlyStarsAreSyntaxEverythingElseIsWhatWasTyped() {
        assertEquals("[_x_ __y__ `mã` [a](http://x) <b> &amp; \\* # 1. > ~~z~~]",
                runs("_x_ __y__ `mã` [a](http://x) <b> &amp; \\* # 1. > ~~z~~"));
        assertEquals("[1. Một]", runs("1. Một"));
        assertEquals("[# Tiêu đề]", runs("# Tiêu đề"));
        assertEquals("[  thụt lề ]B[đậm]", runs("  thụt lề **đậm**"));
        assertEquals("BI[cả hai]", runs("***cả hai***"));
    }

    @Test
    void htmlStructure() {
        assertEquals("<p>Một<br/><strong>Hai</strong> <em>ba</em></p><ul><li>x</li><li>y &amp; z</li></ul>",
                LightText.toHtml("Một\n**Hai** *ba*\n\n- x\n- y & z"));
        assertEquals("", LightText.toHtml(null));
    }

    @Test
    void htmlEscapesEverythingTyped() {
        String hostile = "<script>alert('x')</script>\n\n<img src=x onerror=\"alert(1)\">\n\n"
                + "- [a](javascript:alert(1))\n- **<b>đậm</b>** *<i onclick='x'>*\n\n"
                + "&lt; already escaped &amp; \"quoted\"";
        String html = LightText.toHtml(hostile);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("<i "), html);
        assertFalse(html.contains("'"), html);
        assertFalse(html.contains("\"alert"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"), html);
        assertTrue(html.contains("&amp;lt; already escaped &amp;amp; &quot;quoted&quot;"), html);
        // javascript: only ever appears as text: no attribute is ever emitted.
        assertTrue(html.contains("javascript:alert(1)"), html);
        assertFalse(html.contains("href"), html);
        assertFalse(html.contains("=\""), html);
        // Only the tags built by LightText remain once their own tags are removed.
        String withoutOwnTags = html.replaceAll("</?(p|ul|li|strong|em)>|<br/>", "");
        assertFalse(withoutOwnTags.contains("<"), withoutOwnTags);
        assertFalse(withoutOwnTags.contains(">"), withoutOwnTags);
    }

    @Test
    void plainDropsMarkup() {
        assertEquals("Đạt 100% chỉ tiêu\ndòng hai\n\n- một\n- hai đậm\n\n2 * 3 và **chưa đóng",
                LightText.toPlain("Đạt **100%** *chỉ tiêu*\ndòng hai\n\n\n\n* một\n- hai **đậm**\n\n2 * 3 và **chưa đóng"));
        assertEquals("", LightText.toPlain(null));
    }
}
