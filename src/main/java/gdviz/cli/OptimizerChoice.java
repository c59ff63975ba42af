package gdviz.cli;

import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.UpdateRule;
import java.util.function.Supplier;

/** The names {@code --optimizer} accepts and the update rule each stands for. */
enum OptimizerChoice implements NamedChoice {
    GD("gd", "gradient descent", GradientDescent::new);

    private final String optionName;
    private final String title;
    private final Supplier<UpdateRule> rule;

    OptimizerChoice(String optionName, String title, Supplier<UpdateRule> rule) {
        this.optionName = optionName;
        this.title = title;
        this.rule = rule;
    }

    @Override
    public String optionName() {
        return optionName;
    }

    /** The rule's name in words, for figure titles: "gradient descent". */
    String title() {
        return title;
    }

    UpdateRule rule() {
        return rule.get();
    }

    /** Converts an option value; unknown names are refused with the list of known ones. */
    static final class Converter extends NamedChoice.Lookup<OptimizerChoice> {
        Converter() {
            super(values(), "an optimizer");
        }
    }

    /** The option names, for picocli's help text. */
    static final class Names extends NamedChoice.Names {
        Names() {
            super(values());
        }
    }
}
