package vn.thidua.tally;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import vn.thidua.shared.xlsx.WorkbookStyles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The tally ({@link TallyView}) as an Excel workbook (.xlsx), written with the streaming {@link SXSSFWorkbook} so that
 * a national campaign (thousands of units) stays small in memory:
 * <ul>
 * <li>a first sheet {@value #SUMMARY_SHEET}: one row per cluster and target — code, name, threshold, units met, units
 * evaluated, the cluster-wide status and figure (a cluster without a pledge gets one row saying so);</li>
 * <li>one sheet per cluster, named after it (sanitised for Excel, at most 31 characters, unique): a title row (the
 * campaign), a header row (unit code and name, then per target its code and its threshold), one row per unit with,
 * per target, the status text and next to it the figure (the percentage, else the numerator), and a last row for the
 * cluster as a whole ({@code tally.cluster}, "Toàn cụm").</li>
 * </ul>
 * Status texts come from the bundle {@code vn.thidua.i18n.messages} ({@code tally.status.*}) in the given locale; a
 * status cell and its figure are filled green (met), red (not met), amber (incomplete) or grey (not applicable).
 * Column headings are document text in Vietnamese, kept in the constants below.
 */
public final class TallyXlsx {

    static final String BUNDLE = "vn.thidua.i18n.messages";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    // --- document text (Vietnamese) ---------------------------------------------------------------------------------
    static final String SUMMARY_SHEET = "Tổng hợp";
    private static final String H_CLUSTER = "Cụm thi đua";
    private static final String H_CODE = "Mã chỉ tiêu";
    private static final String H_TARGET = "Chỉ tiêu";
    private static final String H_THRESHOLD = "Ngưỡng";
    private static final String H_UNITS_MET = "Số đơn vị đạt";
    private static final String H_UNITS_EVALUATED = "Số đơn vị được đánh giá";
    private static final String H_CLUSTER_STATUS = "Kết quả toàn cụm";
    private static final String H_CLUSTER_FIGURE = "Số liệu toàn cụm";
    private static final String H_UNIT_CODE = "Mã đơn vị";
    private static final String H_UNIT_NAME = "Tên đơn vị";
    private static final String NO_PLEDGE = "Cụm chưa có giao ước.";
    private static final String CLUSTER_ROW = "Toàn cụm";
    private static final String SHEET_FALLBACK = "Cụm ";
    private static final String TITLE_SEPARATOR = " — ";

    /** Fill colours (Excel's "good / bad / neutral" palette and a light grey). */
    static final String MET_RGB = "C6EFCE";
    static final String NOT_MET_RGB = "FFC7CE";
    static final String INCOMPLETE_RGB = "FFEB9C";
    static final String NOT_APPLICABLE_RGB = "E7E6E6";

    private static final int MAX_SHEET_NAME = 31;
    private static final int ROW_WINDOW = 200;

    private TallyXlsx() {
    }

    /**
     * @param view   the tally, as built by {@link TallyQueries}
     * @param locale the language of the status texts; {@code null} for Vietnamese. No fallback to the JVM's locale.
     * @return the .xlsx file
     */
    public static byte[] write(TallyView view, Locale locale) {
        java.util.Objects.requireNonNull(view, "view");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? VIETNAMESE : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        SXSSFWorkbook wb = new SXSSFWorkbook(null, ROW_WINDOW, true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(wb, bundle, view);
            writer.summary();
            for (TallyView.ClusterTally cluster : view.getClusters()) {
                writer.cluster(cluster);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose(); // the temporary files of the streamed rows
            try {
                wb.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    /** Status from the view's text; a cell that does not apply (or has no status) is NOT_APPLICABLE. */
    static Status status(TallyView.Cell cell) {
        if (cell == null || !cell.isApplies() || cell.getStatus() == null) {
            return Status.NOT_APPLICABLE;
        }
        for (Status s : Status.values()) {
            if (s.json().equals(cell.getStatus())) {
                return s;
            }
        }
        return Status.NOT_APPLICABLE;
    }

    /** Sheet names as Excel allows them: no {@code []:*?/\}, at most 31 characters, unique ignoring case. */
    static final class SheetNames {
        private final Set<String> taken = new HashSet<>();

        SheetNames() {
            taken.add("history"); // reserved by Excel
        }

        String next(String wanted, int ordinal) {
            String base = wanted == null || wanted.isBlank() ? SHEET_FALLBACK + ordinal
                    : WorkbookUtil.createSafeSheetName(wanted.strip(), '_').strip();
            if (base.isEmpty()) {
                base = SHEET_FALLBACK + ordinal;
            }
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                String head = base.length() + suffix.length() > MAX_SHEET_NAME
                        ? base.substring(0, MAX_SHEET_NAME - suffix.length()).strip() : base;
                name = head + suffix;
            }
            return name;
        }
    }

    /** One write: the workbook, its few shared styles and the labels. */
    private static final class Writer {
        private final SXSSFWorkbook wb;
        private final ResourceBundle bundle;
        private final TallyView view;
        private final SheetNames names = new SheetNames();
        private final CellStyle title;
        private final CellStyle head;
        private final CellStyle plain;
        private final CellStyle bold;
        private final CellStyle integer;
        private final Map<Status, CellStyle> statusStyles = new EnumMap<>(Status.class);
        private final Map<Status, CellStyle> percentStyles = new EnumMap<>(Status.class);
        private final Map<Status, String> statusTexts = new EnumMap<>(Status.class);

        Writer(SXSSFWorkbook wb, ResourceBundle bundle, TallyView view) {
            this.wb = wb;
            this.bundle = bundle;
            this.view = view;
            DataFormat format = wb.createDataFormat();
            Font boldFont = WorkbookStyles.bold(wb);
            title = WorkbookStyles.title(wb);
            head = WorkbookStyles.head(wb, boldFont);
            head.setWrapText(true);
            plain = wb.createCellStyle();
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            integer = WorkbookStyles.format(wb, "0");
            short percent = format.getFormat("0.0\" %\"");
            for (Status s : Status.values()) {
                statusStyles.put(s, filled(s, null));
                percentStyles.put(s, filled(s, percent));
                statusTexts.put(s, label("tally.status." + s.json(), s.json()));
            }
        }

        private CellStyle filled(Status s, Short format) {
            XSSFCellStyle style = (XSSFCellStyle) wb.createCellStyle();
            style.setFillForegroundColor(color(rgb(s)));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.HAIR);
            style.setBorderTop(BorderStyle.HAIR);
            style.setBorderLeft(BorderStyle.HAIR);
            style.setBorderRight(BorderStyle.HAIR);
            if (format != null) {
                style.setDataFormat(format);
            }
            return style;
        }

        private static String rgb(Status s) {
            return switch (s) {
                case MET -> MET_RGB;
                case NOT_MET -> NOT_MET_RGB;
                case INCOMPLETE -> INCOMPLETE_RGB;
                case NOT_APPLICABLE -> NOT_APPLICABLE_RGB;
            };
        }

        private static XSSFColor color(String hex) {
            byte[] rgb = new byte[3];
            for (int i = 0; i < 3; i++) {
                rgb[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            return new XSSFColor(rgb, new DefaultIndexedColorMap());
        }

        private String label(String key, String fallback) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return fallback;
            }
        }

        private String titleText() {
            String name = view.getCampaignName() == null ? "" : view.getCampaignName();
            String year = view.getCampaignYear();
            return year == null || year.isBlank() || name.contains(year) ? name : name + " (" + year + ")";
        }

        // --- summary sheet ------------------------------------------------------------------------------------------

        void summary() {
            SXSSFSheet sheet = wb.createSheet(names.next(SUMMARY_SHEET, 0));
            int r = 0;
            text(sheet.createRow(r++), 0, titleText(), title);
            Row header = sheet.createRow(r++);
            String[] heads = {H_CLUSTER, H_CODE, H_TARGET, H_THRESHOLD, H_UNITS_MET, H_UNITS_EVALUATED,
                H_CLUSTER_STATUS, H_CLUSTER_FIGURE};
            for (int i = 0; i < heads.length; i++) {
                text(header, i, heads[i], head);
            }
            for (TallyView.ClusterTally cluster : view.getClusters()) {
                if (cluster.getTargets().isEmpty()) {
                    Row row = sheet.createRow(r++);
                    text(row, 0, cluster.getName(), bold);
                    text(row, 2, label("tally.noPledge", NO_PLEDGE), plain);
                    continue;
                }
                Map<String, TallyView.Cell> clusterCells = byCode(cluster.getCluster());
                for (TallyView.TargetHead t : cluster.getTargets()) {
                    Row row = sheet.createRow(r++);
                    text(row, 0, cluster.getName(), plain);
                    text(row, 1, t.getCode(), plain);
                    text(row, 2, t.getName(), plain);
                    text(row, 3, threshold(t), plain);
                    row.createCell(4).setCellValue(t.getUnitsMet());
                    row.getCell(4).setCellStyle(integer);
                    row.createCell(5).setCellValue(t.getUnitsEvaluated());
                    row.getCell(5).setCellStyle(integer);
                    statusCells(row, 6, clusterCells.get(t.getCode()));
                }
            }
            sheet.createFreezePane(0, 2);
            int[] widths = {28, 16, 50, 12, 14, 14, 20, 16};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
        }

        // --- one sheet per cluster ----------------------------------------------------------------------------------

        void cluster(TallyView.ClusterTally cluster) {
            SXSSFSheet sheet = wb.createSheet(names.next(cluster.getName(), wb.getNumberOfSheets()));
            List<TallyView.TargetHead> targets = cluster.getTargets();
            int r = 0;
            String clusterName = cluster.getName() == null ? "" : cluster.getName();
            String t = titleText();
            text(sheet.createRow(r++), 0, t.isEmpty() ? clusterName : t + TITLE_SEPARATOR + clusterName, title);
            Row header = sheet.createRow(r++);
            text(header, 0, H_UNIT_CODE, head);
            text(header, 1, H_UNIT_NAME, head);
            for (int i = 0; i < targets.size(); i++) {
                TallyView.TargetHead target = targets.get(i);
                text(header, 2 + 2 * i, target.getCode(), head);
                String threshold = threshold(target);
                text(header, 3 + 2 * i, threshold.isEmpty() ? "" : H_THRESHOLD + " " + threshold, head);
            }
            if (targets.isEmpty()) {
                text(sheet.createRow(r++), 0, label("tally.noPledge", NO_PLEDGE), plain);
            }
            for (TallyView.UnitRow unit : cluster.getUnits()) {
                Row row = sheet.createRow(r++);
                text(row, 0, unit.getCode(), plain);
                text(row, 1, unit.getName(), plain);
                cells(row, targets, unit.getCells());
            }
            if (!targets.isEmpty()) {
                Row row = sheet.createRow(r++);
                text(row, 0, label("tally.cluster", CLUSTER_ROW), bold);
                cells(row, targets, cluster.getCluster());
            }
            sheet.createFreezePane(2, 2);
            sheet.setColumnWidth(0, 14 * 256);
            sheet.setColumnWidth(1, 36 * 256);
            for (int i = 0; i < targets.size(); i++) {
                sheet.setColumnWidth(2 + 2 * i, 17 * 256);
                sheet.setColumnWidth(3 + 2 * i, 13 * 256);
            }
        }

        private void cells(Row row, List<TallyView.TargetHead> targets, List<TallyView.Cell> cells) {
            Map<String, TallyView.Cell> byCode = byCode(cells);
            for (int i = 0; i < targets.size(); i++) {
                statusCells(row, 2 + 2 * i, byCode.get(targets.get(i).getCode()));
            }
        }

        /** The status text at {@code column}, the figure next to it, both filled by status. */
        private void statusCells(Row row, int column, TallyView.Cell cell) {
            Status s = status(cell);
            text(row, column, statusTexts.get(s), statusStyles.get(s));
            Cell figure = row.createCell(column + 1);
            figure.setCellStyle(statusStyles.get(s));
            if (cell == null || !cell.isApplies()) {
                return;
            }
            BigDecimal percent = number(cell.getPercent());
            BigDecimal numerator = number(cell.getNumerator());
            if (percent != null) {
                figure.setCellValue(percent.doubleValue());
                figure.setCellStyle(percentStyles.get(s));
            } else if (numerator != null) {
                figure.setCellValue(numerator.doubleValue()); // "General": a plain number
            } else if (cell.getNumerator() != null && !cell.getNumerator().isBlank()) {
                figure.setCellValue(cell.getNumerator());
            }
        }
    }

    private static Map<String, TallyView.Cell> byCode(List<TallyView.Cell> cells) {
        Map<String, TallyView.Cell> map = new HashMap<>();
        if (cells != null) {
            for (TallyView.Cell c : cells) {
                if (c != null && c.getTargetCode() != null) {
                    map.putIfAbsent(c.getTargetCode(), c);
                }
            }
        }
        return map;
    }

    /** The threshold as shown: "80 %" for shares, "≤ 2" for "at most" counts, else as is; "" when none. */
    static String threshold(TallyView.TargetHead t) {
        String value = t.getThreshold();
        if (value == null || value.isBlank()) {
            return "";
        }
        String kind = t.getKind() == null ? "" : t.getKind();
        return switch (kind) {
            case "RATED_SHARE", "PEOPLE_SHARE" -> value + " %";
            case "RATED_COUNT_AT_MOST" -> "≤ " + value;
            default -> value;
        };
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }
}
