package vn.thidua.shared.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The heading of a Vietnamese administrative document (Decree 30/2020/NĐ-CP, Appendix I), the same on every document
 * the application writes: the issuing body on the left in capitals (the body above it in regular type, the issuer in
 * bold, a short rule under it), the national name and motto on the right (the rule under the motto as long as the
 * motto), and the place and date in italics under the right column. The national heading is never translated: it is
 * part of the legal form, so an English document carries it in Vietnamese too.
 */
public final class AdministrativeHeading {

    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private static final Locale VIETNAMESE = new Locale("vi");

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;

    /** The document's own faces (see {@link DocumentFonts}), so that the heading embeds no other font. */
    public AdministrativeHeading(BaseFont regular, BaseFont bold, BaseFont italic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
    }

    /**
     * The heading as a borderless two-column table of the given width.
     *
     * @param leftPercent    the issuing body's share of the width (the national heading takes the rest)
     * @param above          the body the issuer belongs to, in regular capitals (may be blank)
     * @param issuer         the issuer's lines, each in bold capitals (blank lines are skipped; none: no rule either)
     * @param size           the type size of the issuing body
     * @param dateLine       the place and date, already worded ({@link #day}, {@link #month})
     * @param datePaddingTop the space above the date line
     */
    public PdfPTable table(PdfWriter writer, float width, float leftPercent, String above, List<String> issuer,
                           float size, String dateLine, float datePaddingTop) {
        PdfPTable table = new PdfPTable(new float[] {leftPercent, 100 - leftPercent});
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        float leftWidth = width * leftPercent / 100 - 4;
        float rightWidth = width * (100 - leftPercent) / 100 - 4;

        PdfPCell left = PdfCells.plain();
        String body = above == null ? "" : above.strip().toUpperCase(VIETNAMESE);
        if (!body.isEmpty()) {
            // wraps rather than shrinks: a long name takes two lines in the Decree's samples too
            left.addElement(PdfCells.centred(body, new Font(regular, size)));
        }
        float widest = -1;
        for (String line : issuer) {
            String upper = line == null ? "" : line.strip().toUpperCase(VIETNAMESE);
            if (!upper.isEmpty()) {
                left.addElement(PdfCells.centred(upper, new Font(bold, size)));
                widest = Math.max(widest, bold.getWidthPoint(longestLine(upper, bold, size, leftWidth), size));
            }
        }
        if (widest >= 0) {
            // the short rule under the issuing body: about a third of its longest printed line, as in the samples
            left.addElement(PdfCells.rule(writer, Math.max(Math.min(widest, leftWidth) / 3, 40), regular));
        }
        table.addCell(left);

        PdfPCell right = PdfCells.plain();
        right.addElement(PdfCells.centred(NATION, new Font(bold, PdfCells.fit(bold, NATION, 12.5f, rightWidth))));
        float mottoSize = PdfCells.fit(bold, MOTTO, 13.5f, rightWidth);
        right.addElement(PdfCells.centred(MOTTO, new Font(bold, mottoSize)));
        right.addElement(PdfCells.rule(writer, bold.getWidthPoint(MOTTO, mottoSize), regular));
        table.addCell(right);

        table.addCell(PdfCells.plain());
        PdfPCell date = PdfCells.plain();
        date.setPaddingTop(datePaddingTop);
        date.addElement(PdfCells.centred(dateLine, new Font(italic, 13)));
        table.addCell(date);
        return table;
    }

    /** Decree 30: days below 10 take a leading zero ("ngày 05"). */
    public static String day(LocalDate date) {
        return date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
    }

    /** Decree 30: months 1 and 2 take a leading zero ("tháng 02"), the others none ("tháng 3"). */
    public static String month(LocalDate date) {
        return date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
    }

    /** The text if it fits on one line, else its longest word run that does (for the rule's length: approximate). */
    static String longestLine(String text, BaseFont font, float size, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        StringBuilder line = new StringBuilder();
        String best = "";
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getWidthPoint(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                best = line.length() > best.length() ? line.toString() : best;
                line.setLength(0);
                line.append(word);
            }
        }
        return line.length() > best.length() ? line.toString() : best;
    }
}
