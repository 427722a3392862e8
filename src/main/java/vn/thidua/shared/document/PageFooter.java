package vn.thidua.shared.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.function.IntFunction;

/**
 * The footer of every page of the application's documents: a thin grey rule, a text on one side and "Trang x/y" on
 * the other. The total page count is only known at the end, so it is written into a template placed on every page.
 * Subclasses add their own page decoration (the pledge's "not fully signed" watermark) by overriding
 * {@link #onEndPage} and calling it.
 */
public class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 8f;

    private final BaseFont font;
    private final Color colour;
    private final float y;
    private final IntFunction<String> pageLabel;
    private final String text;
    private final boolean pageOnLeft;
    private PdfTemplate total;

    /**
     * @param y          the baseline, from the bottom of the page
     * @param pageLabel  "Trang 3/" for page 3: the label up to the total, which follows it
     * @param text       the other side's text (may be empty)
     * @param pageOnLeft the page number on the left and the text on the right (the pledge), or the other way round
     */
    public PageFooter(BaseFont font, Color colour, float y, IntFunction<String> pageLabel, String text, boolean pageOnLeft) {
        this.font = font;
        this.colour = colour;
        this.y = y;
        this.pageLabel = pageLabel;
        this.text = text == null ? "" : text;
        this.pageOnLeft = pageOnLeft;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, SIZE + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        cb.saveState();
        cb.setColorStroke(colour);
        cb.setLineWidth(0.4f);
        cb.moveTo(document.left(), y + SIZE + 3);
        cb.lineTo(document.right(), y + SIZE + 3);
        cb.stroke();
        cb.restoreState();
        Font footer = new Font(font, SIZE, Font.NORMAL, colour);
        String page = pageLabel.apply(writer.getPageNumber());
        float pageX = pageOnLeft ? document.left() : document.right() - 20 - font.getWidthPoint(page, SIZE);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(page, footer), pageX, y, 0);
        cb.addTemplate(total, pageX + font.getWidthPoint(page, SIZE), y - 3);
        if (pageOnLeft) {
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(text, footer), document.right(), y, 0);
        } else {
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(text, footer), document.left(), y, 0);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // called after the last page is finished, so the page number has already moved past it
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), new Font(font, SIZE, Font.NORMAL, colour)), 0, 3, 0);
    }
}
