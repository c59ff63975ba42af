package gdviz.ui.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Hyperparameter;
import gdviz.core.descent.Optimizer;
import gdviz.core.descent.UpdateRule;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Choosing an optimiser and its hyperparameters, without the toolkit. */
class OptimizerModelTest {

    private final ObjectProperty<UpdateRule> rule = new SimpleObjectProperty<>(new GradientDescent());
    private final OptimizerModel model = new OptimizerModel(rule);

    @Test
    void choosingAnOptimiserPutsItsDefaultsInPlaceAndHandsOnItsRule() {
        model.optimizerProperty().set(Optimizer.ADAGRAD);
        assertThat(model.valueProperty(Hyperparameter.EPS).get()).isEqualTo(1e-10);
        assertThat(rule.get().name()).isEqualTo("AdaGrad");
        model.optimizerProperty().set(Optimizer.ADAM);
        assertThat(model.valueProperty(Hyperparameter.EPS).get()).isEqualTo(1e-8);
        assertThat(model.valueProperty(Hyperparameter.BETA1).get()).isEqualTo(0.9);
        assertThat(model.valueProperty(Hyperparameter.BETA2).get()).isEqualTo(0.999);
        assertThat(rule.get().name()).isEqualTo("Adam");
    }

    @Test
    void aRefusedValueKeepsTheLastUsableRule() {
        model.optimizerProperty().set(Optimizer.MOMENTUM);
        UpdateRule usable = rule.get();
        model.valueProperty(Hyperparameter.MOMENTUM).set(1.5);
        assertThat(rule.get()).isSameAs(usable);
        model.valueProperty(Hyperparameter.MOMENTUM).set(0.5);
        assertThat(rule.get()).isNotSameAs(usable);
    }

    @Test
    void theLimitsAreEachOptimisersOwn() {
        assertThat(OptimizerModel.accepts(Optimizer.MOMENTUM, Hyperparameter.MOMENTUM, 0)).isTrue();
        assertThat(OptimizerModel.accepts(Optimizer.NESTEROV, Hyperparameter.MOMENTUM, 0)).isFalse();
        assertThat(OptimizerModel.accepts(Optimizer.GD, Hyperparameter.MOMENTUM, 0.5)).isFalse();
        assertThat(OptimizerModel.rule(Optimizer.NESTEROV, Hyperparameter.MOMENTUM))
                .isEqualTo("a momentum \u03bc that is above 0 and below 1");
        assertThat(OptimizerModel.rule(Optimizer.ADAM, Hyperparameter.EPS))
                .isEqualTo("a eps \u03b5 that is a positive finite number");
    }
}
