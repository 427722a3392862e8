package vn.thidua.shared.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How the imports read a number cell: as the plain decimal Excel shows (15 significant digits, no grouping, no
 * exponent, no trailing zeros), so that {@code 45000000} typed in a cell reads "45000000" whatever the cell's format
 * and {@code =0.1+0.2} reads "0.3"; dates and zero-padded formats ({@code 00000}, codes) read as Excel shows them.
 * One per read: {@link DataFormatter} is not thread-safe.
 */
public final class PlainNumbers extends DataFormatter {

    private static final Pattern ZEROS = Pattern.compile("0+");
    /** Excel shows and computes with 15 significant digits. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    public PlainNumbers() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (formatString != null && (ZEROS.matcher(formatString).matches()
                || DateUtil.isADateFormat(formatIndex, formatString))) {
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
        return plain(value);
    }

    /** The number as Excel shows it in a General cell, without exponent: 15 significant digits, no trailing zeros. */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == 0) {
            return "0"; // also -0.0
        }
        return new BigDecimal(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }
}
