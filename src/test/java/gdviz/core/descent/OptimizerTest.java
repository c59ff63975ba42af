package gdviz.core.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OptimizerTest {

    @Test
    void theDefaultsAreThoseOfTorchOptimWithMomentumPointNine() {
        assertThat(Optimizer.GD.defaultRule()).isInstanceOf(GradientDescent.class);
        assertThat(Optimizer.MOMENTUM.defaultRule()).isEqualTo(new Momentum(0.9));
        assertThat(Optimizer.NESTEROV.defaultRule()).isEqualTo(new Nesterov(0.9));
        assertThat(Optimizer.ADAGRAD.defaultRule()).isEqualTo(new AdaGrad(1e-10));
        assertThat(Optimizer.RMSPROP.defaultRule()).isEqualTo(new RMSProp(0.99, 1e-8));
        assertThat(Optimizer.ADAM.defaultRule()).isEqualTo(new Adam(0.9, 0.999, 1e-8));
    }

    @Test
    void epsDefaultsDifferBetweenAdaGradAndTheOthers() {
        assertThat(Optimizer.ADAGRAD.defaultValue(Hyperparameter.EPS)).isEqualTo(1e-10);
        assertThat(Optimizer.ADAM.defaultValue(Hyperparameter.EPS)).isEqualTo(1e-8);
    }

    @Test
    void eachOptimiserListsItsHyperparametersInOrder() {
        assertThat(Optimizer.GD.hyperparameters()).isEmpty();
        assertThat(Optimizer.NESTEROV.hyperparameters()).containsExactly(Hyperparameter.MOMENTUM);
        assertThat(Optimizer.RMSPROP.hyperparameters()).containsExactly(Hyperparameter.ALPHA, Hyperparameter.EPS);
        assertThat(Optimizer.ADAM.hyperparameters())
                .containsExactly(Hyperparameter.BETA1, Hyperparameter.BETA2, Hyperparameter.EPS);
    }

    @Test
    void namesWhichOptimisersTakeAHyperparameter() {
        assertThat(Optimizer.using(Hyperparameter.BETA1)).containsExactly(Optimizer.ADAM);
        assertThat(Optimizer.using(Hyperparameter.MOMENTUM)).containsExactly(Optimizer.MOMENTUM, Optimizer.NESTEROV);
        assertThat(Optimizer.using(Hyperparameter.EPS))
                .containsExactly(Optimizer.ADAGRAD, Optimizer.RMSPROP, Optimizer.ADAM);
    }

    @Test
    void chosenValuesReplaceTheDefaultsAndTheRestStay() {
        UpdateRule rule = Optimizer.ADAM.rule(Map.of(Hyperparameter.BETA2, 0.99));

        assertThat(rule).isEqualTo(new Adam(0.9, 0.99, 1e-8));
    }

    @Test
    void aHyperparameterTheOptimiserDoesNotTakeIsRefused() {
        assertThatThrownBy(() -> Optimizer.MOMENTUM.rule(Map.of(Hyperparameter.BETA1, 0.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Momentum takes no beta1");
    }

    @ParameterizedTest
    @EnumSource(Optimizer.class)
    void keysFindTheirOptimiserAndTheRuleCarriesItsName(Optimizer optimizer) {
        assertThat(Optimizer.byKey(optimizer.key())).contains(optimizer);
        assertThat(optimizer.defaultRule().name()).isEqualTo(optimizer.displayName());
    }

    @Test
    void anUnknownKeyFindsNothing() {
        assertThat(Optimizer.byKey("sgd")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1, 1.5, Double.NaN})
    void decayFactorsMustBeAFractionBelowOne(double value) {
        assertThatThrownBy(() -> new Adam(value, 0.999, 1e-8))
                .isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("beta1 must be at least 0 and below 1, got " + value);
        assertThatThrownBy(() -> new RMSProp(value, 1e-8))
                .hasMessage("alpha must be at least 0 and below 1, got " + value);
        assertThatThrownBy(() -> new Momentum(value))
                .hasMessage("momentum must be at least 0 and below 1, got " + value);
    }

    @Test
    void nesterovNeedsSomeMomentumAsInPyTorch() {
        assertThatThrownBy(() -> new Nesterov(0)).hasMessage("momentum must be above 0 and below 1, got 0.0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1e-8, Double.POSITIVE_INFINITY, Double.NaN})
    void epsMustBePositiveAndFinite(double eps) {
        InvalidHyperparameterException problem = assertThrows(InvalidHyperparameterException.class,
                () -> new AdaGrad(eps));

        assertThat(problem).hasMessage("eps must be a positive finite number, got " + eps);
        assertThat(problem.hyperparameter()).isEqualTo(Hyperparameter.EPS);
        assertThat(problem.requirement()).isEqualTo("a positive finite number");
        assertThat(Double.compare(problem.value(), eps)).isZero();
    }

    @Test
    void aStartWithoutVariablesIsRefused() {
        assertThatThrownBy(() -> new Adam().start(0)).hasMessage("dimension must be at least 1, got 0");
    }
}
