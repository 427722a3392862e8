package vn.thidua.review;

import vn.thidua.shared.document.AdministrativeHeading;
import vn.thidua.shared.document.DocumentFonts;
import vn.thidua.shared.document.PageFooter;
import vn.thidua.shared.document.PdfCells;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The list of commendation proposals ("Danh sách đề nghị khen thưởng") a cluster sends to the organiser after its
 * year-end meeting, as an A4 landscape document in the layout of Decree 30/2020/NĐ-CP: the organiser and, under it,
 * the cluster as issuing body beside the national heading, the place and date, the title with the campaign and year,
 * a sentence on the meeting, then one table row per proposal in the order given (unit, proposed award, rank, final
 * score, rating, votes, targets met, reason), the tie-break note, the recipients and the cluster leader's signature.
 *
 * <p>Landscape because nine columns, one of them free text, leave the reason column too narrow in portrait. The table
 * header repeats on every page. Every word of the document comes from the {@code vn.thidua.i18n.document} bundle in
 * the given locale (Vietnamese by default, English in the base file); the national heading stays Vietnamese in both,
 * being part of the legal form. Fonts are the embedded DejaVu Serif of {@link DocumentFonts}. Stateless and
 * thread-safe.
 */
public final class ProposalPdf {

    static final String BUNDLE = "vn.thidua.i18n.document";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    // --- layout -----------------------------------------------------------------------------------------------------
    private static final float MM = 72f / 25.4f;
    private static final float MARGIN_TOP = 20 * MM;
    private static final float MARGIN_BOTTOM = 20 * MM;
    private static final float MARGIN_LEFT = 25 * MM;
    private static final float MARGIN_RIGHT = 15 * MM;
    private static final float BODY_SIZE = 12f;
    private static final float TABLE_SIZE = 9.5f;
    private static final float HEAD_SIZE = 9f;
    /**
     * Column widths in points, summing to the landscape text width: STT, unit, award, rank, score, rating, votes,
     * targets met, reason. The reason, free text of up to 1000 characters, gets the most room; the figures get just
     * their header word ("Targets", the widest, on one line at {@link #HEAD_SIZE}).
     */
    private static final float[] COLUMNS = {30, 124, 132, 36, 42, 86, 42, 50, 186};
    private static final String[] HEADS = {"no", "unit", "award", "rank", "score", "rating", "votes", "targets", "reason"};
    /** Room left for a hand signature (and the seal) above the signer's name. */
    private static final float SIGNATURE_SPACE = 54f;

    private static final Color HEADER_FILL = new Color(0xF2, 0xF2, 0xF2);
    private static final Color GREY = new Color(90, 90, 90);

    private ProposalPdf() {
    }

    /**
     * @param list   the proposals, in the order they are to be printed
     * @param locale the language of the document; {@code null} for Vietnamese. No fallback to the JVM's locale.
     * @param date   the date of the list (date line); {@code null} for today in Vietnam
     * @return the PDF
     */
    public static byte[] write(ProposalList list, Locale locale, LocalDate date) {
        Objects.requireNonNull(list, "list");
        Locale loc = locale == null ? VIETNAMESE : locale;
        try {
            return new Run(list, bundle(loc), loc, date == null ? LocalDate.now(VIETNAM) : date).write();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot build proposal list PDF", e);
        }
    }

    // ---- one document

    private static final class Run {
        private final ProposalList list;
        private final ResourceBundle bundle;
        private final LocalDate date;
        private final BaseFont regular = DocumentFonts.regular();
        private final BaseFont bold = DocumentFonts.bold();
        private final BaseFont italic = DocumentFonts.italic();
        private final BaseFont boldItalic = DocumentFonts.boldItalic();
        private final DecimalFormat numbers;

        Run(ProposalList list, ResourceBundle bundle, Locale locale, LocalDate date) {
            this.list = list;
            this.bundle = bundle;
            this.date = date;
            this.numbers = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        }

        byte[] write() throws DocumentException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            Document document = new Document(PageSize.A4.rotate(), MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String footerCluster = text(list.getClusterName());
            writer.setPageEvent(new PageFooter(regular, GREY, 11 * MM, page -> label("footer.page", String.valueOf(page)),
                    label("proposal.name") + (footerCluster.isEmpty() ? "" : " · " + footerCluster), false));
            String cluster = text(list.getClusterName());
            document.addTitle(cluster.isEmpty() ? label("proposal.name") : label("meta.title", label("proposal.name"), cluster));
            String subtitle = subtitle();
            if (!subtitle.isEmpty()) {
                document.addSubject(subtitle);
            }
            if (!cluster.isEmpty()) {
                document.addAuthor(cluster);
            }
            document.addCreator("Thi Đua");
            document.open();
            header(document, writer);
            title(document);
            meeting(document);
            document.add(table(document.right() - document.left()));
            signature(document);
            document.close();
            return out.toByteArray();
        }

        // ---- header: organiser and cluster left, national heading right, place and date under the right column

        private void header(Document document, PdfWriter writer) throws DocumentException {
            // Decree 30: the body above the issuer (the organiser) in regular capitals, the issuer (the cluster) in bold
            document.add(new AdministrativeHeading(regular, bold, italic).table(writer, document.right() - document.left(),
                    42, text(list.getOrganiser()), List.of(text(list.getClusterName())), 12, dateLine(), 3));
        }

        /** Decree 30: days below 10 and months 1 and 2 take a leading zero ("ngày 05 tháng 02 năm 2026"). */
        private String dateLine() {
            String day = AdministrativeHeading.day(date);
            String month = AdministrativeHeading.month(date);
            String year = String.valueOf(date.getYear());
            String place = text(list.getPlace());
            return place.isEmpty() ? label("header.dateLineNoPlace", "", day, month, year)
                    : label("header.dateLine", place, day, month, year);
        }

        private void title(Document document) throws DocumentException {
            Paragraph title = PdfCells.centred(label("proposal.title"), font(bold, 14));
            title.setSpacingBefore(10);
            document.add(title);
            String subtitle = subtitle();
            if (!subtitle.isEmpty()) {
                Paragraph p = PdfCells.centred(subtitle, font(bold, 13));
                p.setSpacingBefore(2);
                document.add(p);
            }
        }

        private String subtitle() {
            return ProposalPdf.subtitle(list, bundle);
        }

        private void meeting(Document document) throws DocumentException {
            String meeting = ProposalPdf.meeting(list, bundle);
            if (meeting.isEmpty()) {
                return;
            }
            Paragraph p = new Paragraph(BODY_SIZE * 1.3f, meeting, font(regular, BODY_SIZE));
            p.setFirstLineIndent(10 * MM);
            p.setSpacingBefore(8);
            document.add(p);
        }

        // ---- the table

        private PdfPTable table(float width) throws DocumentException {
            PdfPTable table = new PdfPTable(COLUMNS);
            table.setTotalWidth(width);
            table.setLockedWidth(true);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            for (String key : HEADS) {
                table.addCell(headCell(label("proposal.col." + key)));
            }
            if (list.getRows().isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase(TABLE_SIZE * 1.3f, label("proposal.empty"),
                        font(italic, TABLE_SIZE + 0.5f, GREY)));
                PdfCells.body(none, Element.ALIGN_CENTER, Element.ALIGN_TOP, 4.5f);
                none.setColspan(COLUMNS.length);
                none.setPaddingTop(6);
                none.setPaddingBottom(8);
                table.addCell(none);
                return table;
            }
            for (ProposalList.Row row : list.getRows()) {
                table.addCell(bodyCell(String.valueOf(row.getNumber()), Element.ALIGN_CENTER));
                table.addCell(unitCell(row));
                table.addCell(bodyCell(row.getAwardName(), Element.ALIGN_LEFT));
                table.addCell(bodyCell(row.getRank() > 0 ? String.valueOf(row.getRank()) : "", Element.ALIGN_CENTER));
                table.addCell(bodyCell(score(row.getFinalScore()), Element.ALIGN_CENTER));
                table.addCell(bodyCell(row.getRatingName(), Element.ALIGN_LEFT));
                // 0 means "not a candidate" (ProposalList.Row#votes): an empty cell, not a misleading zero
                table.addCell(bodyCell(row.getVotes() > 0 ? String.valueOf(row.getVotes()) : "", Element.ALIGN_CENTER));
                table.addCell(bodyCell(row.getTargetsMet(), Element.ALIGN_CENTER));
                table.addCell(bodyCell(row.getReason(), Element.ALIGN_LEFT));
            }
            return table;
        }

        /** The unit's name, its code smaller and grey on a second line. */
        private PdfPCell unitCell(ProposalList.Row row) {
            Phrase p = new Phrase(TABLE_SIZE * 1.3f, text(row.getUnitName()), font(regular, TABLE_SIZE));
            String code = text(row.getUnitCode());
            if (!code.isEmpty()) {
                p.add(new Chunk("\n" + code, font(regular, TABLE_SIZE - 1.5f, GREY)));
            }
            PdfPCell cell = new PdfPCell(p);
            PdfCells.body(cell, Element.ALIGN_LEFT, Element.ALIGN_TOP, 4.5f);
            return cell;
        }

        /** The score in the locale's form (93,5 in Vietnamese); as given when it is not a number. */
        private String score(String value) {
            String s = text(value);
            try {
                return s.isEmpty() ? "" : numbers.format(new BigDecimal(s));
            } catch (NumberFormatException e) {
                return s;
            }
        }

        // ---- the tie-break note, then recipients left and signature right (Decree 30)

        /**
         * One unbreakable table, so that a signature that does not fit under the list moves to the next page with the
         * note above it rather than alone.
         */
        private void signature(Document document) throws DocumentException {
            PdfPTable table = new PdfPTable(new float[] {50, 50});
            table.setTotalWidth(document.right() - document.left());
            table.setLockedWidth(true);
            table.setSpacingBefore(4);
            table.setKeepTogether(true);

            String tieBreak = text(list.getTieBreak());
            if (!tieBreak.isEmpty()) {
                PdfPCell note = PdfCells.plain();
                note.setColspan(2);
                note.setPaddingLeft(0);
                note.addElement(new Paragraph(11 * 1.3f, label("proposal.note", tieBreak), font(italic, 11)));
                table.addCell(note);
            }
            PdfPCell gap = PdfCells.plain();
            gap.setColspan(2);
            gap.setFixedHeight(8);
            table.addCell(gap);

            PdfPCell left = PdfCells.plain();
            left.setPaddingLeft(0);
            left.addElement(new Paragraph(14, label("proposal.recipients"), font(boldItalic, 12)));
            String organiser = text(list.getOrganiser());
            if (!organiser.isEmpty()) {
                left.addElement(recipient(label("proposal.recipients.organiser", organiser)));
            }
            left.addElement(recipient(label("proposal.recipients.members")));
            left.addElement(recipient(label("proposal.recipients.archive")));
            table.addCell(left);

            PdfPCell right = PdfCells.plain();
            right.addElement(PdfCells.centred(label("proposal.sign.on"), font(bold, 13)));
            right.addElement(PdfCells.centred(label("proposal.sign.office"), font(bold, 13)));
            String leader = text(list.getLeaderUnit());
            if (!leader.isEmpty()) {
                right.addElement(PdfCells.centred(leader, font(regular, 12)));
            }
            Paragraph space = new Paragraph(SIGNATURE_SPACE, " ", font(regular, 12));
            right.addElement(space);
            String signer = text(list.getSignerName());
            if (!signer.isEmpty()) {
                right.addElement(PdfCells.centred(signer, font(bold, 13)));
            }
            table.addCell(right);
            document.add(table);
        }

        private Paragraph recipient(String text) {
            return new Paragraph(13, text, font(regular, 11));
        }

        // ---- helpers

        private String label(String key, Object... args) {
            return ProposalPdf.label(bundle, key, args);
        }

        private Font font(BaseFont base, float size) {
            return new Font(base, size);
        }

        private Font font(BaseFont base, float size, Color color) {
            return new Font(base, size, Font.NORMAL, color);
        }

        private PdfPCell headCell(String text) {
            return PdfCells.head(new Phrase(HEAD_SIZE * 1.25f, text, font(bold, HEAD_SIZE)), Element.ALIGN_CENTER, HEADER_FILL);
        }

        private PdfPCell bodyCell(String text, int align) {
            PdfPCell cell = new PdfPCell(new Phrase(TABLE_SIZE * 1.3f, text(text), font(regular, TABLE_SIZE)));
            PdfCells.body(cell, align, Element.ALIGN_TOP, 4.5f);
            return cell;
        }

        private Paragraph rule(PdfWriter writer, float length) {
            return PdfCells.rule(writer, length, regular);
        }
    }

    // ---- shared with ProposalXlsx: the bundle and the sentences both documents say alike

    /** The document bundle of the locale, with no fallback to the JVM's: an English request gets English. */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A label, with {0}-style arguments through MessageFormat when there are any (as the pledge PDF does). */
    static String label(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The campaign and its year, the year left out when the campaign's name already says it; "" when neither. */
    static String subtitle(ProposalList list, ResourceBundle bundle) {
        String name = text(list.getCampaignName());
        String year = text(list.getCampaignYear());
        if (year.isEmpty() || name.contains(year)) {
            return name;
        }
        return name.isEmpty() ? label(bundle, "proposal.year", year) : label(bundle, "proposal.subtitle", name, year);
    }

    /** The sentence on the meeting the proposals come from; "" when no meeting is recorded. */
    static String meeting(ProposalList list, ResourceBundle bundle) {
        LocalDate held = list.getMeetingDate();
        if (held == null) {
            return "";
        }
        // always two digits here: the numeric date form, unlike the spelled-out date line
        return label(bundle, "proposal.meeting", String.format("%02d", held.getDayOfMonth()),
                String.format("%02d", held.getMonthValue()), String.valueOf(held.getYear()),
                String.valueOf(list.getAttendees()), String.valueOf(list.getVoters()));
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
