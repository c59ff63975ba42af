package gdviz.ui.optimizer;

import gdviz.core.descent.Hyperparameter;
import gdviz.core.descent.InvalidHyperparameterException;
import gdviz.core.descent.Optimizer;
import gdviz.core.descent.UpdateRule;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The optimiser the window runs and its hyperparameters. Choosing an optimiser puts its hyperparameters at their
 * defaults; every change hands the resulting update rule to the descent, which re-runs.
 *
 * <p>Used on the JavaFX application thread; needs no running toolkit, so it is tested as plain Java.
 */
public final class OptimizerModel {

    private final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(this, "optimizer", Optimizer.GD);
    private final Map<Hyperparameter, DoubleProperty> values = new EnumMap<>(Hyperparameter.class);
    private final ObjectProperty<UpdateRule> target;
    private boolean resetting;

    /** @param target receives the update rule of every valid choice, e.g. the descent's rule */
    public OptimizerModel(ObjectProperty<UpdateRule> target) {
        this.target = Objects.requireNonNull(target, "target");
        for (Hyperparameter h : Hyperparameter.values()) {
            DoubleProperty value = new SimpleDoubleProperty(this, h.key(), Double.NaN);
            value.addListener(changed -> apply());
            values.put(h, value);
        }
        optimizer.addListener((obs, old, now) -> {
            Objects.requireNonNull(now, "optimizer");
            resetToDefaults();
        });
        resetToDefaults();
    }

    /** The chosen optimiser; never null. */
    public ObjectProperty<Optimizer> optimizerProperty() {
        return optimizer;
    }

    /**
     * One hyperparameter's value; only those of the chosen optimiser are used. Values the optimiser refuses
     * leave the previous rule in place; check them with {@link #accepts} first.
     */
    public DoubleProperty valueProperty(Hyperparameter hyperparameter) {
        return values.get(hyperparameter);
    }

    /** Whether {@code optimizer} takes {@code hyperparameter} and accepts {@code value} for it. */
    public static boolean accepts(Optimizer optimizer, Hyperparameter hyperparameter, double value) {
        return optimizer.uses(hyperparameter) && requirementViolated(optimizer, hyperparameter, value) == null;
    }

    /**
     * What {@code optimizer} requires of one of its hyperparameters, in words completing "Type ...", such as
     * {@code a momentum μ that is at least 0 and below 1}.
     *
     * @param hyperparameter one of {@code optimizer}'s hyperparameters
     */
    public static String rule(Optimizer optimizer, Hyperparameter hyperparameter) {
        InvalidHyperparameterException refusal = requirementViolated(optimizer, hyperparameter, Double.NaN);
        String requirement = refusal == null ? "any number" : refusal.requirement();
        return "a " + hyperparameter.key() + " " + hyperparameter.symbol() + " that is " + requirement;
    }

    private static InvalidHyperparameterException requirementViolated(Optimizer optimizer,
            Hyperparameter hyperparameter, double value) {
        try {
            optimizer.rule(Map.of(hyperparameter, value));
            return null;
        } catch (InvalidHyperparameterException e) {
            return e;
        }
    }

    /** The values of the chosen optimiser's hyperparameters, in {@link Hyperparameter} order. */
    public Map<Hyperparameter, Double> chosenValues() {
        Map<Hyperparameter, Double> chosen = new EnumMap<>(Hyperparameter.class);
        for (Hyperparameter h : optimizer.get().hyperparameters()) {
            chosen.put(h, values.get(h).get());
        }
        return chosen;
    }

    private void resetToDefaults() {
        resetting = true;
        try {
            Optimizer chosen = optimizer.get();
            for (Hyperparameter h : chosen.hyperparameters()) {
                values.get(h).set(chosen.defaultValue(h));
            }
        } finally {
            resetting = false;
        }
        apply();
    }

    private void apply() {
        if (resetting) {
            return;
        }
        try {
            target.set(optimizer.get().rule(chosenValues()));
        } catch (InvalidHyperparameterException e) {
            // The field that set it shows the value as invalid; the last usable rule keeps running.
        }
    }
}
