package gdviz.core.text;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The one way gdviz spells a decimal number, whatever decides how many digits it keeps: trailing zeros dropped,
 * plain notation for ordinary magnitudes and a lower-case exponent beyond them ({@code 0.25}, {@code 1.5e20},
 * {@code -4e-5}), never Java's {@code 1.0E-6} or {@code 0E-10}. The map's labels, the axes, the step table,
 * the fields, the messages, the worked examples and the printed derivatives all build on it, so a number reads
 * the same everywhere.
 */
public final class DecimalNotation {

    /** Below 0.001 a reader counts zeros; from a million up, digits. Scientific notation spares them both. */
    private static final int SMALLEST_READABLE_PLAIN = -3;
    private static final int LARGEST_READABLE_PLAIN = 5;

    private DecimalNotation() {
    }

    /**
     * {@code value} to {@code digits} significant digits for a reader: plain from 0.001 to below a million
     * ({@code 0.36}, {@code 12.81}, {@code 250000}), scientific outside ({@code 8.2e-7}, {@code 1.5e6}).
     *
     * @param value  finite
     * @param digits 1 or more
     */
    public static String readable(double value, int digits) {
        return readable(significant(value, digits));
    }

    /** {@code number} as {@link #readable(double, int)} spells it, with all its digits. */
    public static String readable(BigDecimal number) {
        return plainOrScientific(number, SMALLEST_READABLE_PLAIN, LARGEST_READABLE_PLAIN);
    }

    /**
     * {@code value} rounded to {@code digits} significant digits, from its exact binary value.
     *
     * @param value  finite
     * @param digits 1 or more
     */
    public static BigDecimal significant(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits));
    }

    /**
     * The power of ten of the leading digit: 2 for 250, −3 for 0.0042.
     *
     * @param number not zero
     */
    public static int exponent(BigDecimal number) {
        return number.precision() - number.scale() - 1;
    }

    /**
     * Mantissa and exponent: {@code 1.5e20}, {@code -4e-5}, {@code 1e0}.
     *
     * @param number not zero
     */
    public static String scientific(BigDecimal number) {
        int exponent = exponent(number);
        return number.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
    }

    /**
     * Plain notation while the leading digit's power of ten lies from {@code smallestPlain} to
     * {@code largestPlain}, scientific beyond; {@code 0} for zero.
     */
    public static String plainOrScientific(BigDecimal number, int smallestPlain, int largestPlain) {
        if (number.signum() == 0) {
            return "0";
        }
        int exponent = exponent(number);
        return exponent >= smallestPlain && exponent <= largestPlain ? number.stripTrailingZeros().toPlainString()
                : scientific(number);
    }
}
