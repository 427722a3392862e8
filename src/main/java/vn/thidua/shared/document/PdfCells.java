package vn.thidua.shared.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

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

    /**
     * A centred horizontal rule just below the previous line of a table cell (under the issuing body, under the
     * motto, above a signature). Drawn as a tiny image in the document's own font: a LineSeparator is not centred
     * exactly inside table cells by OpenPDF, and the default font of a chunk would add an unembedded Helvetica.
     */
    public static Paragraph rule(PdfWriter writer, float length, BaseFont font) {
        PdfTemplate line = writer.getDirectContent().createTemplate(length, 2);
        line.setLineWidth(0.6f);
        line.moveTo(0, 1);
        line.lineTo(length, 1);
        line.stroke();
        Paragraph p = new Paragraph(7);
        p.setAlignment(Element.ALIGN_CENTER);
        try {
            // offset -3: clear of the descenders of the line above, as close as the Decree's samples
            Chunk chunk = new Chunk(Image.getInstance(line), 0, -3, false);
            chunk.setFont(new Font(font, 1));
            p.add(chunk);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
