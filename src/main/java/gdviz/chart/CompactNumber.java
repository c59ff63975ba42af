package gdviz.chart;

import gdviz.core.text.DecimalNotation;
import java.math.BigDecimal;

/**
 * Short number text for labels that must stay small on a chart: "0.5", "12", "3.33", "1.2e3", "-4e-5".
 *
 * <p>By default three significant digits in plain notation between 0.01 and 1000, two in scientific notation
 * outside it, where more digits would only crowd the map. {@link #formatDistinct(double[])} adds digits when
 * neighbouring levels would otherwise read the same, as logarithmic levels close above a minimum do.
 */
final class CompactNumber {

    private static final int DEFAULT_DIGITS = 3;
    /** Beyond this many digits a label is no longer compact; levels closer than that may share a label. */
    private static final int MAX_DIGITS = 9;
    /** Relative difference below which two values count as one level computed two ways. */
    private static final double SAME = 1e-9;

    private CompactNumber() {
    }

    static String format(double value) {
        return format(value, DEFAULT_DIGITS);
    }

    /**
     * Labels for ascending {@code values}, all with the fewest significant digits (three or more) that give
     * different values different labels.
     */
    static String[] formatDistinct(double[] values) {
        String[] labels = new String[values.length];
        for (int digits = DEFAULT_DIGITS; digits <= MAX_DIGITS; digits++) {
            for (int k = 0; k < values.length; k++) {
                labels[k] = format(values[k], digits);
            }
            if (neighboursDiffer(values, labels)) {
                break;
            }
        }
        return labels;
    }

    /** Whether values that really differ (beyond rounding noise in their last bits) are labelled differently. */
    private static boolean neighboursDiffer(double[] values, String[] labels) {
        for (int k = 1; k < values.length; k++) {
            double scale = Math.max(Math.abs(values[k]), Math.abs(values[k - 1]));
            if (Math.abs(values[k] - values[k - 1]) > SAME * scale && labels[k].equals(labels[k - 1])) {
                return false;
            }
        }
        return true;
    }

    /** {@code digits} significant digits in plain notation, one fewer in scientific notation. */
    private static String format(double value, int digits) {
        if (value == 0) {
            return "0";
        }
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "\u221e" : "-\u221e";
        }
        BigDecimal plain = DecimalNotation.significant(value, digits);
        double magnitude = plain.abs().doubleValue();
        if (magnitude >= 1e-2 && magnitude < 1e3) {
            return plain.stripTrailingZeros().toPlainString();
        }
        return DecimalNotation.scientific(DecimalNotation.significant(value, digits - 1));
    }
}
