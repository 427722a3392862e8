package vn.thidua.pledge.document;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;

import java.awt.Color;

/**
 * The headings and table cells that the application's documents (the pledge, the tally, the proposal list) draw
 * alike, so that they keep one look: thin 0.5 pt borders, a grey header row, text a little above the cell's bottom
 * edge (Vietnamese diacritics below the line need the room).
 */
public final class PdfCells {

    private PdfCells() {
    }

    /** A centred paragraph with a leading of 1.25 times its font size. */
    public static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(font.getSize() * 1.25f, text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /** A borderless cell, for laying out headers and signature blocks with a table. */
    public static PdfPCell plain() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }

    /** A table's header cell on a grey fill, vertically centred. */
    public static PdfPCell head(Phrase phrase, int align, Color fill) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBackgroundColor(fill);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** Styles a body cell: its alignments, the thin border and the padding. */
    public static void body(PdfPCell cell, int align, int vertical, float paddingBottom) {
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(vertical);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        cell.setPaddingBottom(paddingBottom);
    }

    /** Largest size up to max at which the text fits the width on one line. */
    public static float fit(BaseFont font, String text, float max, float width) {
        float atOne = font.getWidthPoint(text, 1);
        return atOne <= 0 ? max : Math.min(max, width / atOne);
    }
}
