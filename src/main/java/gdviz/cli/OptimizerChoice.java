package gdviz.cli;

import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.UpdateRule;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The names {@code --optimizer} accepts and the update rule each stands for. */
enum OptimizerChoice {
    GD("gd", GradientDescent::new);

    private final String optionName;
    private final Supplier<UpdateRule> rule;

    OptimizerChoice(String optionName, Supplier<UpdateRule> rule) {
        this.optionName = optionName;
        this.rule = rule;
    }

    String optionName() {
        return optionName;
    }

    UpdateRule rule() {
        return rule.get();
    }

    static String optionNames() {
        return String.join(", ", new Names());
    }

    /** Converts an option value; unknown names are refused with the list of known ones. */
    static final class Converter implements ITypeConverter<OptimizerChoice> {
        @Override
        public OptimizerChoice convert(String text) {
            for (OptimizerChoice choice : values()) {
                if (choice.optionName.equals(text)) {
                    return choice;
                }
            }
            throw new TypeConversionException("'" + text + "' is not an optimizer; choose one of: " + optionNames());
        }
    }

    /** The option names, for picocli's help text (${COMPLETION-CANDIDATES}). */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(OptimizerChoice::optionName).iterator();
        }
    }
}
