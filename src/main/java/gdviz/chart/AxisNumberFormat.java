package gdviz.chart;

import gdviz.core.text.DecimalNotation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels a reader takes in at a glance: "0", "0.25", "2,500,000", and beyond that "2.2e10" or "5e-6" in
 * the lower-case notation the rest of the figure uses, never "2.2E10" or "0E0". A tick is a multiple of a
 * round step, so twelve significant digits always hold it, and rounding to them removes the noise of the
 * multiplication (0.30000000000000004 reads 0.3).
 */
final class AxisNumberFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final MathContext TICK_DIGITS = new MathContext(12);
    /** Plain notation from here up to {@link #LARGE}; beyond either, scientific. */
    private static final double SMALL = 1e-4;
    private static final double LARGE = 1e7;

    private final DecimalFormat plain = new DecimalFormat("#,##0.###########", DecimalFormatSymbols.getInstance(Locale.ROOT));

    /** The label of {@code value}; finite values only reach an axis. */
    static String label(double value) {
        return new AxisNumberFormat().format(value);
    }

    @Override
    public StringBuffer format(double value, StringBuffer to, FieldPosition position) {
        if (!Double.isFinite(value)) {
            return to.append(value);
        }
        if (value == 0) {
            return to.append('0');
        }
        BigDecimal rounded = new BigDecimal(value).round(TICK_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= SMALL && magnitude < LARGE) {
            return to.append(plain.format(rounded));
        }
        return to.append(DecimalNotation.scientific(rounded));
    }

    @Override
    public StringBuffer format(long value, StringBuffer to, FieldPosition position) {
        return format((double) value, to, position);
    }

    /** Labels are only written, never read back. */
    @Override
    public Number parse(String source, ParsePosition position) {
        return null;
    }
}
