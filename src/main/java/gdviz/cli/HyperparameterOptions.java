package gdviz.cli;

import gdviz.core.descent.AdaGrad;
import gdviz.core.descent.Adam;
import gdviz.core.descent.Hyperparameter;
import gdviz.core.descent.InvalidHyperparameterException;
import gdviz.core.descent.Momentum;
import gdviz.core.descent.Optimizer;
import gdviz.core.descent.RMSProp;
import gdviz.core.descent.UpdateRule;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --momentum}, {@code --alpha}, {@code --beta1}, {@code --beta2} and {@code --eps}: the optimiser's
 * hyperparameters, each defaulting to PyTorch's value. Giving one the chosen optimiser does not take is an
 * error rather than silently ignored, so a typo in {@code --optimizer} cannot go unnoticed.
 */
final class HyperparameterOptions {

    @Option(names = "--momentum", paramLabel = "MU", converter = Numbers.Finite.class,
            description = "momentum, nesterov: the share of the previous velocity each step keeps, at least 0"
                    + " (above 0 for nesterov) and below 1 (default: " + Momentum.DEFAULT_MOMENTUM + ")")
    Double momentum;

    @Option(names = "--alpha", paramLabel = "A", converter = Numbers.Finite.class,
            description = "rmsprop: the decay of the average of squared gradients, at least 0 and below 1"
                    + " (default: " + RMSProp.DEFAULT_ALPHA + ")")
    Double alpha;

    @Option(names = "--beta1", paramLabel = "B1", converter = Numbers.Finite.class,
            description = "adam: the decay of the average of gradients, at least 0 and below 1 (default: "
                    + Adam.DEFAULT_BETA1 + ")")
    Double beta1;

    @Option(names = "--beta2", paramLabel = "B2", converter = Numbers.Finite.class,
            description = "adam: the decay of the average of squared gradients, at least 0 and below 1 (default: "
                    + Adam.DEFAULT_BETA2 + ")")
    Double beta2;

    @Option(names = "--eps", paramLabel = "E", converter = Numbers.Finite.class,
            description = "adagrad, rmsprop, adam: added to the denominator, above 0 (default: "
                    + AdaGrad.DEFAULT_EPS + " for adagrad, " + Adam.DEFAULT_EPS + " otherwise)")
    Double eps;

    /**
     * The update rule of {@code optimizer} with the hyperparameters given.
     *
     * @throws UserInputException if one does not apply to {@code optimizer} or is out of its range
     */
    UpdateRule ruleFor(Optimizer optimizer) throws UserInputException {
        Map<Hyperparameter, Double> given = given();
        for (Hyperparameter hyperparameter : given.keySet()) {
            if (!optimizer.uses(hyperparameter)) {
                throw new UserInputException("--" + hyperparameter.key() + " applies to "
                        + keys(Optimizer.using(hyperparameter)) + " only");
            }
        }
        try {
            return optimizer.rule(given);
        } catch (InvalidHyperparameterException e) {
            throw new UserInputException("--" + e.hyperparameter().key() + " must be " + e.requirement() + ", got "
                    + e.value());
        }
    }

    private Map<Hyperparameter, Double> given() {
        Map<Hyperparameter, Double> given = new EnumMap<>(Hyperparameter.class);
        putIfGiven(given, Hyperparameter.MOMENTUM, momentum);
        putIfGiven(given, Hyperparameter.ALPHA, alpha);
        putIfGiven(given, Hyperparameter.BETA1, beta1);
        putIfGiven(given, Hyperparameter.BETA2, beta2);
        putIfGiven(given, Hyperparameter.EPS, eps);
        return given;
    }

    private static void putIfGiven(Map<Hyperparameter, Double> given, Hyperparameter key, Double value) {
        if (value != null) {
            given.put(key, value);
        }
    }

    /** "adam", "momentum and nesterov", "adagrad, rmsprop and adam". */
    private static String keys(List<Optimizer> optimizers) {
        List<String> keys = optimizers.stream().map(Optimizer::key).toList();
        int last = keys.size() - 1;
        return last == 0 ? keys.get(0) : String.join(", ", keys.subList(0, last)) + " and " + keys.get(last);
    }
}
