package gdviz.core.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers for sentences: three significant digits, no trailing zeros. */
final class SignificantDigits {

    private SignificantDigits() {
    }

    /**
     * 0.333, 0.667, 0.5, 12.3, 1e+03 — plain decimals from 0.001 to below 1000, scientific outside;
     * NaN and infinities as Java spells them.
     */
    static String three(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-3 && magnitude < 1e3) {
            return rounded.toPlainString();
        }
        String text = String.format(Locale.ROOT, "%.2e", x);
        int e = text.indexOf('e');
        return text.substring(0, e).replaceFirst("\\.?0+$", "") + text.substring(e);
    }
}
