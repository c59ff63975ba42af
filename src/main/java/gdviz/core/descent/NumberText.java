package gdviz.core.descent;

import gdviz.core.text.DecimalNotation;

/** Short number text for messages, where full precision would only be noise. */
final class NumberText {

    private NumberText() {
    }

    /**
     * Up to three significant digits as a reader takes them in: 8.2e-7, 1e-6, 3.14, 0. NaN and infinities are
     * spelt as Java spells them.
     */
    static String brief(double x) {
        return Double.isFinite(x) ? DecimalNotation.readable(x, 3) : Double.toString(x);
    }
}
