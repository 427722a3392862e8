package vn.thidua.notification;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.shared.xlsx.WorkbookStyles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The organiser's overdue list as an Excel workbook: a title (the campaign, the day it was computed), then one row per
 * unit and office late (unit, cluster, step, office, deadline, days late, whom to call), the header row frozen.
 *
 * <p>Formula-injection safe: names and telephones come from people (a unit renamed {@code =HYPERLINK(…)}, a name
 * starting with {@code +}); every text is written as a string cell, never a formula, and a text that a spreadsheet
 * would read as a formula once edited ({@code = + - @}, a tab or a carriage return first) gets the quote-prefix style,
 * Excel's own "this is text" mark, so it stays text even when someone types over the cell or saves the sheet as CSV
 * from LibreOffice. The deadline is a real date cell, days late a number.
 */
public final class OverdueXlsx {

    private static final String BUNDLE = "vn.thidua.i18n.messages";
    private static final String[] HEADS = {"deadline.unit", "deadline.cluster", "deadline.step", "deadline.office",
        "deadline.due", "deadline.daysLate", "deadline.whom"};
    private static final int[] WIDTHS = {28, 16, 18, 14, 12, 10, 50};

    private OverdueXlsx() {
    }

    /** The workbook; labels in {@code locale} (Vietnamese when null; no fallback to the JVM's locale). */
    public static byte[] write(String campaignName, LocalDate today, List<DueItem> overdue, Locale locale) {
        Locale l = locale == null || !"en".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(b.getString("deadline.xlsx.sheet")));
            CellStyle text = WorkbookStyles.text(wb);
            CellStyle quoted = WorkbookStyles.text(wb);
            quoted.setQuotePrefixed(true);
            CellStyle head = WorkbookStyles.head(wb, WorkbookStyles.bold(wb));
            CellStyle date = WorkbookStyles.format(wb, "dd/mm/yyyy");
            CellStyle number = WorkbookStyles.format(wb, "0");
            DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");

            Cell title = sheet.createRow(0).createCell(0);
            title.setCellStyle(WorkbookStyles.title(wb));
            title.setCellValue(safe(java.text.MessageFormat.format(b.getString("deadline.xlsx.title"), nz(campaignName))));
            sheet.createRow(1).createCell(0).setCellValue(java.text.MessageFormat.format(b.getString("deadline.xlsx.today"), dmy.format(today)));
            Row heads = sheet.createRow(3);
            for (int i = 0; i < HEADS.length; i++) {
                WorkbookStyles.setText(heads.createCell(i), b.getString(HEADS[i]), head);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 4;
            for (DueItem item : overdue) {
                Row row = sheet.createRow(r++);
                put(row.createCell(0), item.getUnitName(), text, quoted);
                put(row.createCell(1), item.getClusterName(), text, quoted);
                put(row.createCell(2), b.getString("deadline.step." + item.getStep().name()), text, quoted);
                put(row.createCell(3), item.getOffice() == null ? "" : b.getString("office." + item.getOffice()), text, quoted);
                Cell due = row.createCell(4);
                due.setCellStyle(date);
                due.setCellValue(item.getDueOn());
                Cell late = row.createCell(5);
                late.setCellStyle(number);
                late.setCellValue(item.getDaysLate());
                put(row.createCell(6), item.getWhom(), text, quoted);
            }
            sheet.createFreezePane(0, 4);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a spreadsheet would take this text for a formula (or a DDE command) once the cell is edited. */
    static boolean formulaLike(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static void put(Cell cell, String value, CellStyle text, CellStyle quoted) {
        WorkbookStyles.setText(cell, value, formulaLike(value) ? quoted : text);
    }

    /** The title is free text in a general cell: one that would read as a formula gets an apostrophe-free space. */
    private static String safe(String s) {
        return formulaLike(s) ? " " + s : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
