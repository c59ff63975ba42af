package gdviz.core.descent;

import java.util.Locale;

/** Short number text for messages, where full precision would only be noise. */
final class NumberText {

    private NumberText() {
    }

    /**
     * Up to three significant digits in scientific notation without trailing zeros: 8.2e-07, 1e-06,
     * 3.14e+00. NaN, infinities and zero are spelt as Java spells them.
     */
    static String brief(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return Double.toString(x);
        }
        String text = String.format(Locale.ROOT, "%.2e", x);
        int e = text.indexOf('e');
        String mantissa = text.substring(0, e).replaceFirst("\\.?0+$", "");
        return mantissa + text.substring(e);
    }
}
