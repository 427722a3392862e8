package vn.thidua.tally.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import org.junit.jupiter.api.Test;
import vn.thidua.tally.TallyFixtures;

import java.io.IOException;
import java.io.Writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tally table written in one go: the same markup as the template's, every text escaped. */
class TallyTableTest {

    private static String render() throws IOException {
        HtmlWriter out = new HtmlWriter();
        TallyTable.write(out, TallyFixtures.cluster(), "2024", "/ctx/assessment/results.xhtml?campaign=3&unit=", key -> "[" + key + "]",
                java.util.Locale.forLanguageTag("vi"));
        return out.html.toString();
    }

    @Test
    void thresholdsAreGroupedAsTheLocaleWritesNumbers() {
        java.text.NumberFormat vi = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("vi"));
        vi.setMaximumFractionDigits(2);
        assertEquals("50.000.000", TallyTable.number(vi, "50000000"));
        assertEquals("92,5", TallyTable.number(vi, "92.50"));
        assertEquals("80", TallyTable.number(vi, "80"));
        assertEquals("n/a", TallyTable.number(vi, "n/a"), "anything else as it is");
        java.text.NumberFormat en = java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH);
        assertEquals("50,000,000", TallyTable.number(en, "50000000"));
    }

    @Test
    void headsRowsAndTheClusterRow() throws IOException {
        String rendered = render();
        // on a phone each cell names its target (the table becomes a card per unit); the rest of the markup is unchanged
        assertTrue(rendered.contains("<td class=\"td-cell td-cell-met\"><span class=\"td-cell-target\">Tốt &quot;80&quot;</span>"
                + "<span class=\"td-cell-status\">"), rendered);
        assertEquals(rendered.split("<td ", -1).length - 1, rendered.split("<span class=\"td-cell-target\">", -1).length - 1,
                "every cell names its target: " + rendered);
        String html = rendered.replaceAll("<span class=\"td-cell-target\">[^<]*</span>", "");
        assertTrue(html.startsWith("<div class=\"td-scroll\"><table class=\"td-tally-table\"><thead><tr><th scope=\"col\">[unit.name]</th>"), html);
        assertTrue(html.contains("<th scope=\"col\"><span class=\"td-tally-name\">Tốt &quot;80&quot;</span><br></br>"
                + "<span class=\"td-muted\">≥ 80 %</span></th>"), "the heading is the target's name, not its code: " + html);
        assertFalse(html.contains(">tot<"), "no code on the page: " + html);
        assertTrue(html.contains("<tr><th scope=\"row\"><a href=\"/ctx/assessment/results.xhtml?campaign=3&amp;unit=1\">Xã A</a></th>"
                + "<td class=\"td-cell td-cell-met\"><span class=\"td-cell-status\">[tally.status.met]</span>"
                + "<span class=\"td-cell-value\">80 %</span><span class=\"td-previous\">2024: [tally.status.not_met]</span></td>"), html);
        assertTrue(html.contains("<a href=\"/ctx/assessment/results.xhtml?campaign=3&amp;unit=2\">Xã B &amp; C</a>"), "names are escaped: " + html);
        assertTrue(html.contains("<td class=\"td-cell td-cell-incomplete\"><span class=\"td-cell-status\">[tally.status.incomplete]</span>"
                + "<span class=\"td-cell-value\">"), html);
        assertTrue(html.contains(" · [tally.missing] 1</span>"), "how many are missing: " + html);
        assertTrue(html.contains("<tfoot><tr><th scope=\"row\">[tally.cluster]</th><td class=\"td-cell td-cell-incomplete\">"), html);
        assertTrue(html.endsWith("<td class=\"td-cell td-cell-none\"><span class=\"td-cell-value\">1/2 [tally.unitsMet]</span></td>"
                + "</tr></tfoot></table></div>"), "an each-member target counts its members at the foot: " + html);
        assertEquals(2, html.split("<tr><th scope=\"row\"><a ", -1).length - 1, "a row per member");
    }

    /** Enough of a Faces response writer for the markup: elements, escaped attributes and text. */
    private static final class HtmlWriter extends ResponseWriter {
        final StringBuilder html = new StringBuilder();
        private boolean open;

        private void closeStart() {
            if (open) {
                html.append('>');
                open = false;
            }
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }

        @Override
        public void startElement(String name, UIComponent component) {
            closeStart();
            html.append('<').append(name);
            open = true;
        }

        @Override
        public void endElement(String name) {
            closeStart();
            html.append("</").append(name).append('>');
        }

        @Override
        public void writeAttribute(String name, Object value, String property) {
            html.append(' ').append(name).append("=\"").append(escape(String.valueOf(value))).append('"');
        }

        @Override
        public void writeURIAttribute(String name, Object value, String property) {
            writeAttribute(name, value, property);
        }

        @Override
        public void writeText(Object text, String property) {
            closeStart();
            html.append(escape(String.valueOf(text)));
        }

        @Override
        public void writeText(char[] text, int off, int len) {
            writeText(new String(text, off, len), null);
        }

        @Override
        public void writeComment(Object comment) {
        }

        @Override
        public String getContentType() {
            return "text/html";
        }

        @Override
        public String getCharacterEncoding() {
            return "UTF-8";
        }

        @Override
        public void flush() {
        }

        @Override
        public void startDocument() {
        }

        @Override
        public void endDocument() {
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void write(char[] buffer, int off, int len) {
            closeStart();
            html.append(buffer, off, len);
        }

        @Override
        public void close() throws IOException {
        }
    }
}
