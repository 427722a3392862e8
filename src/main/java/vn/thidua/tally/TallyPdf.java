package vn.thidua.tally;

import vn.thidua.shared.document.AdministrativeHeading;
import vn.thidua.shared.document.DocumentFonts;
import vn.thidua.shared.document.PageFooter;
import vn.thidua.shared.document.PdfCells;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The tally ({@link TallyView}, "Kết quả thực hiện chỉ tiêu") as an A4 landscape administrative document in the
 * layout of Decree 30/2020/NĐ-CP: issuing body beside the national heading, the date, the title and the campaign, then
 * per cluster a heading and a table as the tally page shows it — the unit name, one column per target (its code and
 * threshold), each cell the status word and the figure on a second line, filled green (met), red (not met), amber
 * (incomplete) or grey (not applicable), and a last row for the whole cluster ({@code tally.cluster}) with the
 * cluster-wide evaluation or, for a target measured per unit, "x/y {@code tally.unitsMet}". Under each table a legend
 * names the targets (the page shows the name as a tooltip, which paper has not).
 *
 * <p>Table headers repeat on every page. A cluster with more targets than fit the page width side by side is printed
 * as several tables, each repeating the unit name column. Fonts are the embedded DejaVu Serif of {@code shared.document}
 * (full Vietnamese coverage), read once from the classpath; {@link BaseFont}s are made per document.
 *
 * <p>Status words and table labels come from {@code vn.thidua.i18n.messages} in the given locale (no fallback to the
 * JVM's locale); the document frame (national heading, title, date line) is Vietnamese document text, as in
 * {@link TallyXlsx}. Stateless and thread-safe.
 */
public final class TallyPdf {

    static final String BUNDLE = "vn.thidua.i18n.messages";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    // --- document text (Vietnamese) ---------------------------------------------------------------------------------
    static final String TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIAO ƯỚC THI ĐUA";
    private static final String YEAR = "Năm ";
    private static final String TARGETS = "Chỉ tiêu: ";
    private static final String PART = "phần";
    private static final String PAGE = "Trang ";
    private static final String NO_PLEDGE = "Cụm chưa có giao ước.";
    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

    // --- layout -----------------------------------------------------------------------------------------------------
    private static final float MM = 72f / 25.4f;
    private static final float MARGIN_TOP = 20 * MM;
    private static final float MARGIN_BOTTOM = 20 * MM;
    private static final float MARGIN_LEFT = 25 * MM;
    private static final float MARGIN_RIGHT = 15 * MM;
    /** Up to this many targets the table is set at {@link #TABLE_SIZE}; more, at {@link #SMALL_SIZE}. */
    private static final int ROOMY_TARGETS = 6;
    private static final float TABLE_SIZE = 9f;
    private static final float SMALL_SIZE = 8f;
    /** Narrowest target column: "Chưa đủ số liệu" in two lines, "≥ 50.000.000" in one, at 8 pt. */
    private static final float MIN_TARGET_WIDTH = 66f;
    private static final float MIN_NAME_WIDTH = 120f;
    private static final float MAX_NAME_WIDTH = 200f;
    /** Unit rows kept on the same page as the "Toàn cụm" row. */
    private static final int KEEP_WITH_TOTAL = 2;

    static final Color MET = new Color(0xC6, 0xEF, 0xCE);
    static final Color NOT_MET = new Color(0xFF, 0xC7, 0xCE);
    static final Color INCOMPLETE = new Color(0xFF, 0xEB, 0x9C);
    static final Color NOT_APPLICABLE = new Color(0xE7, 0xE6, 0xE6);
    private static final Color HEADER_FILL = new Color(0xF2, 0xF2, 0xF2);
    private static final Color GREY = new Color(90, 90, 90);

    private TallyPdf() {
    }

    /**
     * @param view        the tally, as built by {@link TallyQueries} (possibly {@link TallyView#filtered filtered})
     * @param locale      the language of status words and table labels; {@code null} for Vietnamese
     * @param issuingBody the body issuing the report (top left, upper-cased); a line break starts a new line
     * @param date        the date of the report; {@code null} for today in Vietnam
     * @return the PDF
     */
    public static byte[] write(TallyView view, Locale locale, String issuingBody, LocalDate date) {
        java.util.Objects.requireNonNull(view, "view");
        Locale loc = locale == null ? VIETNAMESE : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, loc,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new Run(view, bundle, loc, issuingBody == null ? "" : issuingBody.strip(),
                    date == null ? LocalDate.now(VIETNAM) : date).write();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot build tally PDF", e);
        }
    }

    // ---- fonts

    // ---- one document

    private static final class Run {
        private final TallyView view;
        private final ResourceBundle bundle;
        private final Locale locale;
        private final String issuingBody;
        private final LocalDate date;
        private final BaseFont regular = DocumentFonts.regular();
        private final BaseFont bold = DocumentFonts.bold();
        private final BaseFont italic = DocumentFonts.italic();
        private final DecimalFormat numbers;

        Run(TallyView view, ResourceBundle bundle, Locale locale, String issuingBody, LocalDate date) {
            this.view = view;
            this.bundle = bundle;
            this.locale = locale;
            this.issuingBody = issuingBody;
            this.date = date;
            this.numbers = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
            // as the tally computes percentages: never show 80 for 79.996 under a "≥ 80 %" that is not met
            this.numbers.setRoundingMode(RoundingMode.DOWN);
        }

        byte[] write() throws DocumentException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            Document document = new Document(PageSize.A4.rotate(), MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageFooter(regular, GREY, 11 * MM, page -> PAGE + page + "/",
                    label("tally.pageTitle", "Kết quả thực hiện chỉ tiêu") + (campaign().isEmpty() ? "" : " · " + campaign()), false));
            document.addTitle(TITLE + (campaign().isEmpty() ? "" : " — " + campaign()));
            if (!issuingBody.isEmpty()) {
                document.addAuthor(issuingBody.replace('\n', ' '));
            }
            document.addCreator("Thi Đua");
            document.open();
            header(document, writer);
            title(document);
            int ordinal = 1;
            for (TallyView.ClusterTally cluster : view.getClusters()) {
                cluster(document, cluster, ordinal++);
            }
            if (view.getClusters().isEmpty()) {
                document.add(new Paragraph(" ", font(regular, 10)));
            }
            document.close();
            return out.toByteArray();
        }

        // ---- header: issuing body left, national heading right, date under the right column

        private void header(Document document, PdfWriter writer) throws DocumentException {
            document.add(new AdministrativeHeading(regular, bold, italic).table(writer, document.right() - document.left(),
                    42, "", issuingBody.isEmpty() ? List.of() : List.of(issuingBody.split("\\R")), 12.5f,
                    dateLine(date), 3));
        }

        /** Decree 30: days below 10 and months 1 and 2 take a leading zero ("Ngày 05 tháng 02 năm 2026"). */
        private String dateLine(LocalDate d) {
            return "Ngày " + AdministrativeHeading.day(d) + " tháng " + AdministrativeHeading.month(d) + " năm " + d.getYear();
        }

        private void title(Document document) throws DocumentException {
            Paragraph title = PdfCells.centred(TITLE, font(bold, 14));
            title.setSpacingBefore(14);
            document.add(title);
            String name = campaign();
            if (!name.isEmpty()) {
                Paragraph p = PdfCells.centred(name, font(bold, 13));
                p.setSpacingBefore(2);
                document.add(p);
            }
            String year = view.getCampaignYear();
            if (year != null && !year.isBlank() && !name.contains(year)) {
                Paragraph p = PdfCells.centred(YEAR + year.strip(), font(italic, 12));
                p.setSpacingBefore(1);
                document.add(p);
            }
            Paragraph space = new Paragraph(6, " ", font(regular, 6));
            document.add(space);
        }

        private String campaign() {
            return view.getCampaignName() == null ? "" : view.getCampaignName().strip();
        }

        // ---- one cluster

        private void cluster(Document document, TallyView.ClusterTally cluster, int ordinal) throws DocumentException {
            String heading = roman(ordinal) + ". " + (cluster.getName() == null ? "" : cluster.getName().strip());
            List<TallyView.TargetHead> targets = cluster.getTargets();
            if (!cluster.isPledged() || targets.isEmpty()) {
                Paragraph h = new Paragraph(14, heading, font(bold, 11.5f));
                h.setSpacingBefore(10);
                h.setKeepTogether(true);
                document.add(h);
                Paragraph none = new Paragraph(14, label("tally.noPledge", NO_PLEDGE), font(italic, 10.5f, GREY));
                none.setIndentationLeft(14);
                document.add(none);
                return;
            }
            float width = document.right() - document.left();
            float size = targets.size() <= ROOMY_TARGETS ? TABLE_SIZE : SMALL_SIZE;
            float nameWidth = nameWidth(cluster, size);
            int perTable = Math.max(1, (int) ((width - nameWidth) / MIN_TARGET_WIDTH));
            int parts = (targets.size() + perTable - 1) / perTable;
            // spread the targets evenly over the parts rather than leaving a thin last one
            int each = (targets.size() + parts - 1) / parts;
            for (int part = 0; part < parts; part++) {
                int from = part * each;
                int to = Math.min(targets.size(), from + each);
                String title = parts == 1 ? heading : heading + " (" + PART + " " + (part + 1) + "/" + parts + ")";
                document.add(table(cluster, from, to, title, size, nameWidth, width));
            }
        }

        /** The unit name column: as wide as the longest name on one line, within bounds. */
        private float nameWidth(TallyView.ClusterTally cluster, float size) {
            float widest = bold.getWidthPoint(label("tally.cluster", "Toàn cụm"), size);
            for (TallyView.UnitRow u : cluster.getUnits()) {
                widest = Math.max(widest, regular.getWidthPoint(u.getName() == null ? "" : u.getName(), size));
            }
            return Math.max(MIN_NAME_WIDTH, Math.min(MAX_NAME_WIDTH, widest + 10));
        }

        private PdfPTable table(TallyView.ClusterTally cluster, int from, int to, String heading, float size,
                float nameWidth, float width) throws DocumentException {
            List<TallyView.TargetHead> targets = cluster.getTargets().subList(from, to);
            int columns = 1 + targets.size();
            float[] widths = new float[columns];
            widths[0] = nameWidth;
            // target columns share the rest, but never grow absurdly wide for a cluster with one or two targets
            float targetWidth = Math.min(130f, (width - nameWidth) / targets.size());
            for (int i = 1; i < columns; i++) {
                widths[i] = targetWidth;
            }
            PdfPTable table = new PdfPTable(columns);
            table.setTotalWidth(widths);
            table.setLockedWidth(true);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.setSpacingBefore(10);
            // the heading and the column heads are both header rows: repeated on every page, never orphaned
            table.setHeaderRows(2);

            PdfPCell head = new PdfPCell(new Phrase(14, heading, font(bold, 11.5f)));
            head.setColspan(columns);
            head.setBorder(Rectangle.NO_BORDER);
            head.setPaddingLeft(0);
            head.setPaddingBottom(6);
            table.addCell(head);

            table.addCell(PdfCells.head(new Phrase(size * 1.25f, label("unit.name", "Tên đơn vị"), font(bold, size)),
                    Element.ALIGN_LEFT, HEADER_FILL));
            for (TallyView.TargetHead t : targets) {
                Phrase p = new Phrase(size * 1.25f, "", font(bold, size));
                p.add(new Chunk(t.getCode() == null ? "" : t.getCode(), font(bold, size)));
                String threshold = threshold(t);
                if (!threshold.isEmpty()) {
                    p.add(new Chunk("\n" + threshold, font(regular, size)));
                }
                table.addCell(PdfCells.head(p, Element.ALIGN_CENTER, HEADER_FILL));
            }

            Map<String, Integer> byCode = new HashMap<>();
            for (int i = 0; i < targets.size(); i++) {
                byCode.putIfAbsent(targets.get(i).getCode(), i);
            }
            // The last units travel with the "Toàn cụm" row as one unbreakable row (a nested table of the same column
            // widths), so a page never starts with the cluster row alone.
            List<TallyView.UnitRow> units = cluster.getUnits();
            int tail = Math.max(0, units.size() - KEEP_WITH_TOTAL);
            for (TallyView.UnitRow unit : units.subList(0, tail)) {
                unitRow(table, unit, byCode, targets.size(), size);
            }
            PdfPTable end = new PdfPTable(widths);
            end.setWidthPercentage(100);
            for (TallyView.UnitRow unit : units.subList(tail, units.size())) {
                unitRow(end, unit, byCode, targets.size(), size);
            }
            PdfPCell total = nameCell(label("tally.cluster", "Toàn cụm"), bold, size);
            total.setBorderWidthTop(1f);
            end.addCell(total);
            TallyView.Cell[] cells = aligned(cluster.getCluster(), byCode, targets.size());
            for (int i = 0; i < targets.size(); i++) {
                TallyView.Cell c = cells[i];
                PdfPCell cell;
                if (c != null && c.isApplies()) {
                    cell = statusCell(c, size, false);
                } else {
                    TallyView.TargetHead t = targets.get(i);
                    String text = t.isEachMember() || t.getUnitsEvaluated() > 0
                            ? t.getUnitsMet() + "/" + t.getUnitsEvaluated() + " " + label("tally.unitsMet", "đơn vị đạt") : "";
                    cell = new PdfPCell(new Phrase(size * 1.25f, text, font(regular, size)));
                    PdfCells.body(cell, Element.ALIGN_CENTER, Element.ALIGN_MIDDLE, 4.5f);
                }
                cell.setBorderWidthTop(1f);
                end.addCell(cell);
            }
            // the legend too, so that it is never left alone at the top of the next page
            PdfPCell legend = new PdfPCell();
            legend.addElement(legend(targets, size));
            legend.setColspan(columns);
            legend.setBorder(Rectangle.NO_BORDER);
            legend.setPadding(0);
            legend.setPaddingTop(1);
            end.addCell(legend);
            PdfPCell holder = new PdfPCell(end);
            holder.setColspan(columns);
            holder.setBorder(Rectangle.NO_BORDER);
            holder.setPadding(0);
            table.addCell(holder);
            return table;
        }

        private void unitRow(PdfPTable table, TallyView.UnitRow unit, Map<String, Integer> byCode, int count, float size) {
            table.addCell(nameCell(unit.getName(), regular, size));
            for (TallyView.Cell c : aligned(unit.getCells(), byCode, count)) {
                table.addCell(statusCell(c, size, true));
            }
        }

        /** A row's cells in the order of the targets shown (by code, falling back to position). */
        private TallyView.Cell[] aligned(List<TallyView.Cell> cells, Map<String, Integer> byCode, int size) {
            TallyView.Cell[] out = new TallyView.Cell[size];
            if (cells == null) {
                return out;
            }
            for (TallyView.Cell c : cells) {
                Integer i = c == null ? null : byCode.get(c.getTargetCode());
                if (i != null && out[i] == null) {
                    out[i] = c;
                }
            }
            return out;
        }

        private PdfPCell statusCell(TallyView.Cell c, float size, boolean withPrevious) {
            Status status = TallyXlsx.status(c);
            Phrase p = new Phrase(size * 1.2f, "", font(bold, size));
            if (c != null && c.isApplies()) {
                p.add(new Chunk(statusWord(status), font(bold, size)));
                String figure = figure(c);
                if (c.getMissing() > 0) {
                    figure = (figure.isEmpty() ? "" : figure + " · ") + label("tally.missing", "thiếu") + " " + c.getMissing();
                }
                if (!figure.isEmpty()) {
                    p.add(new Chunk("\n" + figure, font(regular, size)));
                }
                if (withPrevious && c.getPrevious() != null && !c.getPrevious().isBlank() && view.getPreviousYear() != null) {
                    p.add(new Chunk("\n" + view.getPreviousYear() + ": " + label("tally.status." + c.getPrevious(), c.getPrevious()),
                            font(italic, size - 1, GREY)));
                }
            }
            PdfPCell cell = new PdfPCell(p);
            PdfCells.body(cell, Element.ALIGN_CENTER, Element.ALIGN_MIDDLE, 4.5f);
            cell.setBackgroundColor(fill(status));
            return cell;
        }

        private String statusWord(Status s) {
            return label("tally.status." + s.json(), s.json());
        }

        /** The percentage when there is one, else the numerator; numbers in the locale's form (85,7 % ; 52.000.000). */
        private String figure(TallyView.Cell c) {
            if (c.getPercent() != null && !c.getPercent().isBlank()) {
                return number(c.getPercent()) + " %";
            }
            return c.getNumerator() == null ? "" : number(c.getNumerator());
        }

        /** As the page: "≥ 80 %" for shares, "≤ 0" for "at most" counts, "≥ 50.000.000" for quantities. */
        private String threshold(TallyView.TargetHead t) {
            String value = t.getThreshold();
            if (value == null || value.isBlank()) {
                return "";
            }
            String kind = t.getKind() == null ? "" : t.getKind();
            return switch (kind) {
                case "RATED_SHARE", "PEOPLE_SHARE" -> "≥ " + number(value) + " %";
                case "RATED_COUNT_AT_MOST" -> "≤ " + number(value);
                default -> "≥ " + number(value);
            };
        }

        private String number(String text) {
            try {
                return numbers.format(new BigDecimal(text.strip()));
            } catch (NumberFormatException e) {
                return text.strip();
            }
        }

        /** Under the table: what each code means (the page shows it on hover), with its threshold and scope. */
        private Paragraph legend(List<TallyView.TargetHead> targets, float size) {
            Paragraph p = new Paragraph(size * 1.35f, "", font(regular, size));
            p.add(new Chunk(TARGETS, font(italic, size, GREY)));
            boolean first = true;
            for (TallyView.TargetHead t : targets) {
                if (!first) {
                    p.add(new Chunk("; ", font(regular, size, GREY)));
                }
                first = false;
                p.add(new Chunk(t.getCode() == null ? "" : t.getCode(), font(bold, size, GREY)));
                String name = t.getName() == null ? "" : t.getName().strip();
                String scope = label(switch (t.getScope()) {
                    case "both" -> "target.scope.both";
                    case "each_member" -> "target.scope.eachMember";
                    default -> "target.scope.cluster";
                }, "");
                String rest = name;
                if (!scope.isEmpty()) {
                    rest = rest.isEmpty() ? scope : rest + " (" + scope.toLowerCase(locale) + ")";
                }
                if (!rest.isEmpty()) {
                    p.add(new Chunk(" – " + rest, font(regular, size, GREY)));
                }
            }
            return p;
        }

        private Color fill(Status s) {
            return switch (s) {
                case MET -> MET;
                case NOT_MET -> NOT_MET;
                case INCOMPLETE -> INCOMPLETE;
                case NOT_APPLICABLE -> NOT_APPLICABLE;
            };
        }

        // ---- helpers

        private String label(String key, String fallback) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return fallback;
            }
        }

        private Font font(BaseFont base, float size) {
            return new Font(base, size);
        }

        private Font font(BaseFont base, float size, Color color) {
            return new Font(base, size, Font.NORMAL, color);
        }

        private PdfPCell nameCell(String text, BaseFont base, float size) {
            PdfPCell cell = new PdfPCell(new Phrase(size * 1.25f, text == null ? "" : text, font(base, size)));
            PdfCells.body(cell, Element.ALIGN_LEFT, Element.ALIGN_MIDDLE, 4.5f);
            return cell;
        }

        private Paragraph rule(PdfWriter writer, float length) {
            return PdfCells.rule(writer, length, regular);
        }
    }
    static String roman(int n) {
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < ROMAN.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }
}
