package gdviz.cli;

import java.util.Arrays;
import picocli.CommandLine.ITypeConverter;

/**
 * A comma-separated list of finite decimals given as one option value, such as {@code --start 4,-3}.
 *
 * <p>A value type rather than a split array option: picocli treats array options as repeatable and says so in
 * the help ({@code --start=A[,B...] [--start=A[,B...]]...}); a single value reads {@code --start=A[,B...]}, and
 * giving the option twice is refused instead of silently joining both lists.
 */
final class NumberList {

    private final double[] values;

    private NumberList(double[] values) {
        this.values = values;
    }

    /** A copy of the numbers, in the order given. */
    double[] values() {
        return values.clone();
    }

    int size() {
        return values.length;
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }

    /** Reads {@code A[,B...]}; each part as {@link Numbers#finite(String)} reads it. */
    static final class Converter implements ITypeConverter<NumberList> {
        @Override
        public NumberList convert(String text) {
            String[] parts = text.split(",", -1);
            double[] values = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = Numbers.finite(parts[i]);
            }
            return new NumberList(values);
        }
    }
}
