package gdviz.core.descent;

import gdviz.core.DifferentiableFunction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to compute a run again on a given function: the optimiser and its hyperparameters, the
 * settings and the start. Lesson files keep runs this way rather than their steps, so a run is always recomputed
 * by the same code that first drew it.
 *
 * @param optimizer       the optimiser
 * @param hyperparameters values of some of the optimiser's hyperparameters, the others at their defaults; every
 *                        key must be one the optimiser takes and every value within its range
 * @param settings        the learning rate, iteration limit and tolerance
 * @param start           one finite coordinate per variable, in the function's variable order
 */
public record RunRecipe(Optimizer optimizer, Map<Hyperparameter, Double> hyperparameters, DescentSettings settings,
                        List<Double> start) {

    /**
     * @throws IllegalArgumentException if a hyperparameter is not the optimiser's, or is out of its range
     *                                  ({@link InvalidHyperparameterException})
     */
    public RunRecipe {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(settings, "settings");
        hyperparameters = hyperparameters.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(hyperparameters));
        start = List.copyOf(start);
        optimizer.rule(hyperparameters);
    }

    /** The update rule these hyperparameters make. */
    public UpdateRule rule() {
        return optimizer.rule(hyperparameters);
    }

    /** Every hyperparameter the optimiser takes, the given ones and the defaults of the others, in enum order. */
    public Map<Hyperparameter, Double> allHyperparameters() {
        Map<Hyperparameter, Double> all = new EnumMap<>(Hyperparameter.class);
        for (Hyperparameter h : optimizer.hyperparameters()) {
            all.put(h, hyperparameters.getOrDefault(h, optimizer.defaultValue(h)));
        }
        return all;
    }

    /**
     * Runs the recipe on {@code function}.
     *
     * @throws IllegalArgumentException if the start does not fit the function (see {@link Descent#trace})
     */
    public Trajectory trace(DifferentiableFunction function) {
        double[] point = start.stream().mapToDouble(Double::doubleValue).toArray();
        return new Descent(function, rule(), settings).trace(point);
    }
}
