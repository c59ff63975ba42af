package gdviz.cli;

import gdviz.core.descent.Optimizer;

/** The names {@code --optimizer} accepts: those of the core's optimisers. */
enum OptimizerChoice implements NamedChoice {
    GD(Optimizer.GD, "gradient descent"),
    MOMENTUM(Optimizer.MOMENTUM, "momentum"),
    NESTEROV(Optimizer.NESTEROV, "Nesterov momentum"),
    ADAGRAD(Optimizer.ADAGRAD, "AdaGrad"),
    RMSPROP(Optimizer.RMSPROP, "RMSProp"),
    ADAM(Optimizer.ADAM, "Adam");

    private final Optimizer optimizer;
    private final String title;

    OptimizerChoice(Optimizer optimizer, String title) {
        this.optimizer = optimizer;
        this.title = title;
    }

    @Override
    public String optionName() {
        return optimizer.key();
    }

    /** The rule's name in words, for figure titles: "gradient descent". */
    String title() {
        return title;
    }

    Optimizer optimizer() {
        return optimizer;
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
