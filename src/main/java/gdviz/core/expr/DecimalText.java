package gdviz.core.expr;

import gdviz.core.text.DecimalNotation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal that reads back as the same double: {@code 2}, {@code 0.5}, {@code 1e-10}. Plain
 * notation between 1e-6 and 1e16, otherwise a lower-case exponent, which exp4j reads as part of the number.
 */
final class DecimalText {

    private static final int PLAIN_FROM = -6;
    private static final int PLAIN_BELOW = 16;
    /** Java parses this as infinity, and so does exp4j: the only way to write an infinite value. */
    private static final String INFINITY = "1e999";

    private DecimalText() {
    }

    /**
     * @param value any double except NaN, which has no spelling in exp4j's syntax
     */
    static String of(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("NaN cannot be written as an exp4j number");
        }
        String sign = value < 0 || Double.compare(value, -0.0) == 0 ? "-" : "";
        double magnitude = Math.abs(value);
        if (Double.isInfinite(magnitude)) {
            return sign + INFINITY;
        }
        if (magnitude == 0) {
            return sign + "0";
        }
        return sign + DecimalNotation.plainOrScientific(shortest(magnitude), PLAIN_FROM, PLAIN_BELOW - 1);
    }

    private static BigDecimal shortest(double magnitude) {
        BigDecimal exact = new BigDecimal(magnitude);
        for (int digits = 1; ; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == magnitude) {
                return rounded.stripTrailingZeros();
            }
        }
    }
}
