package gdviz.core.descent;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The optimisers gdviz offers, each with the hyperparameters it takes and their defaults (those of
 * {@code torch.optim}, except momentum 0.9 where PyTorch's 0 would be plain gradient descent). Front ends list
 * these to build their controls and options and call {@link #rule(Map)} to get the update rule.
 */
public enum Optimizer {

    /** Plain gradient descent, {@link GradientDescent}. */
    GD("gd", "Gradient descent", Map.of(), values -> new GradientDescent()),
    /** SGD with momentum, {@link Momentum}. */
    MOMENTUM("momentum", "Momentum", Map.of(Hyperparameter.MOMENTUM, Momentum.DEFAULT_MOMENTUM),
            values -> new Momentum(values.apply(Hyperparameter.MOMENTUM))),
    /** Nesterov momentum, {@link Nesterov}. */
    NESTEROV("nesterov", "Nesterov", Map.of(Hyperparameter.MOMENTUM, Nesterov.DEFAULT_MOMENTUM),
            values -> new Nesterov(values.apply(Hyperparameter.MOMENTUM))),
    /** {@link AdaGrad}. */
    ADAGRAD("adagrad", "AdaGrad", Map.of(Hyperparameter.EPS, AdaGrad.DEFAULT_EPS),
            values -> new AdaGrad(values.apply(Hyperparameter.EPS))),
    /** {@link RMSProp}. */
    RMSPROP("rmsprop", "RMSProp",
            Map.of(Hyperparameter.ALPHA, RMSProp.DEFAULT_ALPHA, Hyperparameter.EPS, RMSProp.DEFAULT_EPS),
            values -> new RMSProp(values.apply(Hyperparameter.ALPHA), values.apply(Hyperparameter.EPS))),
    /** {@link Adam}. */
    ADAM("adam", "Adam",
            Map.of(Hyperparameter.BETA1, Adam.DEFAULT_BETA1, Hyperparameter.BETA2, Adam.DEFAULT_BETA2,
                    Hyperparameter.EPS, Adam.DEFAULT_EPS),
            values -> new Adam(values.apply(Hyperparameter.BETA1), values.apply(Hyperparameter.BETA2),
                    values.apply(Hyperparameter.EPS)));

    private final String key;
    private final String displayName;
    private final Map<Hyperparameter, Double> defaults;
    private final Function<Function<Hyperparameter, Double>, UpdateRule> factory;

    Optimizer(String key, String displayName, Map<Hyperparameter, Double> defaults,
            Function<Function<Hyperparameter, Double>, UpdateRule> factory) {
        this.key = key;
        this.displayName = displayName;
        this.defaults = defaults.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(defaults));
        this.factory = factory;
    }

    /** The lower-case name of the command line: gd, momentum, nesterov, adagrad, rmsprop, adam. */
    public String key() {
        return key;
    }

    /** The name people read, the same as the rule's {@link UpdateRule#name()}. */
    public String displayName() {
        return displayName;
    }

    /** The hyperparameters this optimiser takes, in {@link Hyperparameter} order; empty for plain descent. */
    public Set<Hyperparameter> hyperparameters() {
        return defaults.keySet();
    }

    /** Whether this optimiser takes {@code hyperparameter}. */
    public boolean uses(Hyperparameter hyperparameter) {
        return defaults.containsKey(hyperparameter);
    }

    /**
     * The default of one of this optimiser's hyperparameters; ε differs between AdaGrad and the others.
     *
     * @throws IllegalArgumentException if this optimiser does not take it
     */
    public double defaultValue(Hyperparameter hyperparameter) {
        Double value = defaults.get(hyperparameter);
        if (value == null) {
            throw new IllegalArgumentException(notUsed(hyperparameter));
        }
        return value;
    }

    /** The rule with every hyperparameter at its default. */
    public UpdateRule defaultRule() {
        return rule(Map.of());
    }

    /**
     * The rule with the given hyperparameters, the others at their defaults.
     *
     * @param values chosen values; every key must be one of {@link #hyperparameters()}
     * @throws IllegalArgumentException              if a key does not apply to this optimiser
     * @throws InvalidHyperparameterException if a value is out of its range
     */
    public UpdateRule rule(Map<Hyperparameter, Double> values) {
        for (Hyperparameter given : values.keySet()) {
            if (!uses(given)) {
                throw new IllegalArgumentException(notUsed(given));
            }
        }
        return factory.apply(h -> Objects.requireNonNull(values.getOrDefault(h, defaults.get(h)), h.key()));
    }

    /** The optimisers that take {@code hyperparameter}, in declaration order. */
    public static List<Optimizer> using(Hyperparameter hyperparameter) {
        return Arrays.stream(values()).filter(o -> o.uses(hyperparameter)).toList();
    }

    /** The optimiser with this {@link #key()}, if any. */
    public static Optional<Optimizer> byKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    private String notUsed(Hyperparameter hyperparameter) {
        return displayName + " takes no " + hyperparameter.key();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
