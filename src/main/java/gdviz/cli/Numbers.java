package gdviz.cli;

import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option value converters that check the range, so picocli names the option in the message.
 * Numbers are plain decimals such as {@code 0.1}, {@code -4} or {@code 1e-6}; Java's extras
 * ({@code 1d}, hexadecimal, {@code Infinity}) are refused.
 */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {
    }

    static double finite(String text) {
        String trimmed = text.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new TypeConversionException("'" + text + "' is not a number");
        }
        double value = Double.parseDouble(trimmed);
        if (Double.isInfinite(value)) {
            throw new TypeConversionException("'" + text + "' is too large");
        }
        return value;
    }

    /** Any finite decimal. */
    static final class Finite implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            return finite(text);
        }
    }

    /** A finite decimal above zero. */
    static final class Positive implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = finite(text);
            if (!(value > 0)) {
                throw new TypeConversionException("'" + text + "' is not above 0");
            }
            return value;
        }
    }

    /** A finite decimal, 0 or more. */
    static final class NonNegative implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = finite(text);
            if (value < 0) {
                throw new TypeConversionException("'" + text + "' is negative");
            }
            return value;
        }
    }

    /** A whole number from 0 to {@link Integer#MAX_VALUE}. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return count(text);
        }
    }

    /** A whole number from {@code min} to {@code max}; subclasses name the bounds, as picocli needs a class. */
    abstract static class WholeBetween implements ITypeConverter<Integer> {
        private final int min;
        private final int max;

        WholeBetween(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer convert(String text) {
            int value = count(text);
            if (value < min || value > max) {
                throw new TypeConversionException("'" + text + "' is not between " + min + " and " + max);
            }
            return value;
        }
    }

    static int count(String text) {
        String trimmed = text.strip();
        if (!trimmed.matches("[+-]?\\d+")) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
        if (trimmed.startsWith("-") && !trimmed.matches("-0+")) {
            throw new TypeConversionException("'" + text + "' is negative");
        }
        try {
            return Integer.parseInt(trimmed);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is larger than " + Integer.MAX_VALUE);
        }
    }
}
