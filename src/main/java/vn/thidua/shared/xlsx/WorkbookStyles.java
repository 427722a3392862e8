package vn.thidua.shared.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The styles every workbook the application writes shares (import templates and exports), so that they keep one
 * look: a bold header row with a thin rule under it, a 14 pt bold title, text columns ({@code @}) that Excel does not
 * turn into numbers or dates. A style is made per workbook (POI styles belong to their workbook).
 */
public final class WorkbookStyles {

    private WorkbookStyles() {
    }

    public static Font bold(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        return bold;
    }

    /** Text format "@": Excel keeps {@code 00004} and {@code 9/10} as typed, also when the user types over them. */
    public static CellStyle text(Workbook wb) {
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        return text;
    }

    /** A header cell: bold, a thin rule under it. */
    public static CellStyle head(Workbook wb, Font bold) {
        CellStyle head = wb.createCellStyle();
        head.setFont(bold);
        head.setBorderBottom(BorderStyle.THIN);
        return head;
    }

    /** A document title above the table: bold, 14 pt. */
    public static CellStyle title(Workbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        CellStyle title = wb.createCellStyle();
        title.setFont(font);
        return title;
    }

    /** A number format, say {@code "0"} (whole numbers, never 1E+07). */
    public static CellStyle format(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    /** The value as a text cell in the style (kept when null); an empty value leaves the cell blank, not "". */
    public static void setText(Cell cell, String value, CellStyle style) {
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }
}
