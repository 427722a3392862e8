package vn.thidua.review;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.shared.xlsx.WorkbookStyles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The list of commendation proposals ("Danh sách đề nghị khen thưởng", see {@link ProposalPdf}) as an Excel workbook
 * (.xlsx) of one sheet: a title block (title, campaign and year, organiser, cluster and its leader, the meeting), then
 * the table with the PDF's columns — the unit code in a column of its own, formatted as text so that "00004" keeps its
 * zeros — and the tie-break note under it. Rank, score and votes are numeric cells; a vote count of 0 (not a
 * candidate) is left empty, as in the PDF.
 *
 * <p>A plain {@link XSSFWorkbook}, not the streaming one of the tally: a cluster proposes a few dozen units at most.
 * Every word comes from the {@code vn.thidua.i18n.document} bundle in the given locale. The header row is frozen and
 * repeated on printed pages, which are landscape and one page wide.
 */
public final class ProposalXlsx {

    private static final String[] HEADS = {"no", "code", "unit", "award", "rank", "score", "rating", "votes", "targets",
        "reason"};
    private static final int[] WIDTHS = {6, 11, 30, 34, 7, 8, 20, 8, 10, 60};
    static final int CODE_COLUMN = 1;
    static final int SCORE_COLUMN = 5;

    private ProposalXlsx() {
    }

    /**
     * @param list   the proposals, in the order they are to be listed
     * @param locale the language of the labels; {@code null} for Vietnamese. No fallback to the JVM's locale.
     * @return the .xlsx file
     */
    public static byte[] write(ProposalList list, Locale locale) {
        Objects.requireNonNull(list, "list");
        ResourceBundle bundle = ProposalPdf.bundle(locale == null ? ProposalPdf.VIETNAMESE : locale);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(wb, bundle, list).sheet();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One write: the workbook, its few shared styles and the labels. */
    private static final class Writer {
        private final Workbook wb;
        private final ResourceBundle bundle;
        private final ProposalList list;
        private final CellStyle title;
        private final CellStyle subtitle;
        private final CellStyle plain;
        private final CellStyle note;
        private final CellStyle head;
        private final CellStyle boxed;
        private final CellStyle wrapped;
        private final CellStyle code;
        private final CellStyle integer;
        private final CellStyle score;

        Writer(Workbook wb, ResourceBundle bundle, ProposalList list) {
            this.wb = wb;
            this.bundle = bundle;
            this.list = list;
            DataFormat format = wb.createDataFormat();
            Font boldFont = WorkbookStyles.bold(wb);
            Font italicFont = wb.createFont();
            italicFont.setItalic(true);

            title = WorkbookStyles.title(wb);
            subtitle = wb.createCellStyle();
            subtitle.setFont(boldFont);
            plain = wb.createCellStyle();
            note = wb.createCellStyle();
            note.setFont(italicFont);
            head = bordered();
            head.setFont(boldFont);
            head.setWrapText(true);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            boxed = bordered();
            wrapped = bordered();
            wrapped.setWrapText(true);
            // "@": Excel keeps what is typed over the code as text too, so an edited code keeps its zeros
            code = bordered();
            code.setDataFormat(format.getFormat("@"));
            integer = bordered();
            integer.setDataFormat(format.getFormat("0"));
            integer.setAlignment(HorizontalAlignment.CENTER);
            score = bordered();
            score.setDataFormat(format.getFormat("0.0#"));
            score.setAlignment(HorizontalAlignment.CENTER);
        }

        /** Thin borders, top-aligned: a row with a long reason keeps its other cells readable at its top. */
        private CellStyle bordered() {
            CellStyle style = wb.createCellStyle();
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private String label(String key, Object... args) {
            return ProposalPdf.label(bundle, key, args);
        }

        void sheet() {
            Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(label("proposal.sheet"), '_'));
            int r = 0;
            // the title block: one cell a line, running over the empty cells to its right
            text(sheet.createRow(r++), 0, label("proposal.title"), title);
            String sub = ProposalPdf.subtitle(list, bundle);
            if (!sub.isEmpty()) {
                text(sheet.createRow(r++), 0, sub, subtitle);
            }
            String organiser = ProposalPdf.text(list.getOrganiser());
            if (!organiser.isEmpty()) {
                text(sheet.createRow(r++), 0, label("proposal.organiserLine", organiser), plain);
            }
            String cluster = ProposalPdf.text(list.getClusterName());
            if (!cluster.isEmpty()) {
                text(sheet.createRow(r++), 0, label("proposal.clusterLine", cluster), plain);
            }
            String leader = ProposalPdf.text(list.getLeaderUnit());
            if (!leader.isEmpty()) {
                text(sheet.createRow(r++), 0, label("proposal.leaderLine", leader), plain);
            }
            String meeting = ProposalPdf.meeting(list, bundle);
            if (!meeting.isEmpty()) {
                text(sheet.createRow(r++), 0, meeting, plain);
            }
            r++;

            int headerRow = r;
            Row header = sheet.createRow(r++);
            for (int i = 0; i < HEADS.length; i++) {
                text(header, i, label("proposal.col." + HEADS[i]), head);
            }
            if (list.getRows().isEmpty()) {
                Row row = sheet.createRow(r++);
                text(row, 0, label("proposal.empty"), note);
            }
            for (ProposalList.Row p : list.getRows()) {
                Row row = sheet.createRow(r++);
                number(row, 0, p.getNumber(), integer);
                text(row, CODE_COLUMN, p.getUnitCode(), code);
                text(row, 2, p.getUnitName(), wrapped);
                text(row, 3, p.getAwardName(), wrapped);
                number(row, 4, p.getRank() > 0 ? p.getRank() : null, integer);
                scoreCell(row, p.getFinalScore());
                text(row, 6, p.getRatingName(), wrapped);
                // 0 means "not a candidate" (ProposalList.Row#votes): empty, not a zero that would read as a result
                number(row, 7, p.getVotes() > 0 ? p.getVotes() : null, integer);
                text(row, 8, p.getTargetsMet(), integer);
                text(row, 9, p.getReason(), wrapped);
            }
            String tieBreak = ProposalPdf.text(list.getTieBreak());
            if (!tieBreak.isEmpty()) {
                r++;
                text(sheet.createRow(r), 0, label("proposal.note", tieBreak), note);
            }

            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, HEADS.length - 1));
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
        }

        /** The score as a number (93.5), or the text as given when it is none. */
        private void scoreCell(Row row, String value) {
            String s = ProposalPdf.text(value);
            BigDecimal number;
            try {
                number = s.isEmpty() ? null : new BigDecimal(s);
            } catch (NumberFormatException e) {
                text(row, SCORE_COLUMN, s, boxed);
                return;
            }
            Cell cell = row.createCell(SCORE_COLUMN);
            cell.setCellStyle(score);
            if (number != null) {
                cell.setCellValue(number.doubleValue());
            }
        }
    }

    private static void number(Row row, int column, Integer value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isBlank()) {
            cell.setCellValue(value.strip());
        }
    }
}
