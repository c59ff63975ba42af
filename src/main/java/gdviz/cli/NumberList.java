package gdviz.cli;

import java.util.Arrays;
import java.util.List;
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

    /**
     * The numbers as a point of a function of these variables.
     *
     * @param option the option that gave the list, for the message: "--start"
     * @throws UserInputException when the list has a different number of values
     */
    double[] pointFor(String option, List<String> variables) throws UserInputException {
        if (values.length != variables.size()) {
            throw new UserInputException(option + " has " + count(values.length, "value") + " but the function has "
                    + count(variables.size(), "variable") + " (" + String.join(", ", variables) + ")");
        }
        return values();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
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
