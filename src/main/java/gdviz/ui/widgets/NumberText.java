package gdviz.ui.widgets;

import gdviz.core.text.DecimalNotation;
import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as people read and type them: {@code 0.3}, {@code 8.2e-7}, {@code 1e-6}, never {@code 1.0E-6}.
 * Plain decimals from 0.001 up to a million, a short mantissa and exponent outside that.
 */
public final class NumberText {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberText() {
    }

    /** Two significant digits, for a sentence: {@code 8.2e-7}, {@code 37}, {@code 0.25}. */
    public static String brief(double value) {
        return significant(value, 2);
    }

    /** Six significant digits, for a table cell. */
    public static String table(double value) {
        return significant(value, 6);
    }

    /** Every digit needed to read back the same double, for a field the user edits: {@code 0.3}, {@code 1e-4}. */
    public static String exact(double value) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        return DecimalNotation.readable(new BigDecimal(Double.toString(value)));
    }

    /**
     * Rounds to {@code digits} significant digits, the way a slider snaps to values worth reading.
     *
     * @param digits 1 or more
     */
    public static double round(double value, int digits) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return DecimalNotation.significant(value, digits).doubleValue();
    }

    /**
     * Reads a decimal number such as {@code -2}, {@code .5} or {@code 1e-6}; a leading Unicode minus sign is
     * accepted as typed on some keyboards. Surrounding blanks are ignored.
     *
     * @return the finite value, or empty when the text is not such a number
     */
    public static OptionalDouble parse(String text) {
        String trimmed = text.strip().replace('\u2212', '-');
        if (!DECIMAL.matcher(trimmed).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(trimmed);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    private static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        return DecimalNotation.readable(value, digits);
    }

    private static String nonFinite(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return value > 0 ? "\u221e" : "\u2212\u221e";
    }
}
