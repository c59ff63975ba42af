package gdviz.core.analysis;

import gdviz.core.text.DecimalNotation;

/** Numbers for sentences: three significant digits, no trailing zeros. */
final class SignificantDigits {

    private SignificantDigits() {
    }

    /**
     * 0.333, 0.667, 0.5, 12.3, 1e3 — plain decimals from 0.001 to below 1000, scientific outside;
     * NaN and infinities as Java spells them.
     */
    static String three(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        return DecimalNotation.plainOrScientific(DecimalNotation.significant(x, 3), -3, 2);
    }
}
