package gdviz.core.explain;

import gdviz.core.text.DecimalNotation;

/**
 * Numbers as a worked example prints them: four significant digits with no trailing zeros (so 0.6, 0.36, 4 and
 * 3.2 print as the teaching texts write them, not as 0.36000000000000004), a true minus sign, and scientific
 * notation only for the very small and the very large (1.2e−7).
 */
final class Figures {

    private static final int DIGITS = 4;
    private static final String MINUS = "\u2212";
    private static final char[] SUBSCRIPTS = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089"
            .toCharArray();

    private Figures() {
    }

    /** One number: {@code 4}, {@code −3.2}, {@code 12.81}, {@code 1.5e−7}, {@code ∞}, {@code NaN}. */
    static String of(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\u221e" : MINUS + "\u221e";
        }
        return DecimalNotation.readable(value, DIGITS).replace("-", MINUS);
    }

    /** A number as the right-hand factor of a product: negative ones in brackets, {@code 0.1·(−8)}. */
    static String factor(double value) {
        String text = of(value);
        return text.startsWith(MINUS) ? "(" + text + ")" : text;
    }

    /** A point or vector: one number as it is, several as {@code (4, −3.2)}. */
    static String vector(double[] values) {
        if (values.length == 1) {
            return of(values[0]);
        }
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(of(values[i]));
        }
        return text.append(')').toString();
    }

    /** A vector as the right-hand factor of a product: a single negative number in brackets. */
    static String vectorFactor(double[] values) {
        return values.length == 1 ? factor(values[0]) : vector(values);
    }

    /** {@code name} with {@code index} as subscript digits: w₀, x₁₂. */
    static String indexed(String name, int index) {
        StringBuilder text = new StringBuilder(name);
        for (char digit : Integer.toString(index).toCharArray()) {
            text.append(SUBSCRIPTS[digit - '0']);
        }
        return text.toString();
    }
}
