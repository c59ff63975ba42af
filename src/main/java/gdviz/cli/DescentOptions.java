package gdviz.cli;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.UpdateRule;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --start}, {@code --rate}, {@code --steps}, {@code --tolerance}, {@code --optimizer} and the optimiser's
 * hyperparameters: how to descend.
 */
final class DescentOptions {

    @Option(names = "--start", required = true, paramLabel = "A[,B...]", converter = NumberList.Converter.class,
            description = "the start point, one value per variable, separated by commas")
    NumberList start;

    @Option(names = "--rate", required = true, paramLabel = "R", converter = Numbers.Positive.class,
            description = "the learning rate, above 0")
    double rate;

    @Option(names = "--steps", paramLabel = "N", converter = Numbers.Count.class,
            defaultValue = "" + DescentSettings.DEFAULT_MAX_ITERATIONS,
            description = "the iteration limit (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--tolerance", paramLabel = "T", converter = Numbers.NonNegative.class,
            defaultValue = "" + DescentSettings.DEFAULT_TOLERANCE,
            description = "stop once |grad f| <= T (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Option(names = "--optimizer", paramLabel = "NAME", converter = OptimizerChoice.Converter.class,
            defaultValue = "gd", completionCandidates = OptimizerChoice.Names.class,
            description = "the update rule: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    OptimizerChoice optimizer;

    @Mixin
    HyperparameterOptions hyperparameters;

    /**
     * The descent of {@code f} with these options.
     *
     * @throws UserInputException when a hyperparameter does not apply to the optimizer or is out of range
     */
    Descent descentOf(DifferentiableFunction f) throws UserInputException {
        UpdateRule rule = hyperparameters.ruleFor(optimizer.optimizer());
        return new Descent(f, rule, new DescentSettings(rate, steps, tolerance));
    }

    /**
     * The start point for a function of these variables.
     *
     * @throws UserInputException when {@code --start} has a different number of values
     */
    double[] startFor(List<String> variables) throws UserInputException {
        return start.pointFor("--start", variables);
    }
}
