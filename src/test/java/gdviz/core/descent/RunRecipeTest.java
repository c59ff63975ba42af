package gdviz.core.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gdviz.core.expr.FunctionParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run kept as the recipe that makes it again. */
class RunRecipeTest {

    @Test
    void tracingARecipeGivesTheRunItsPartsMake() throws Exception {
        var f = FunctionParser.parse("x^2 + 4*y^2").compile();
        RunRecipe recipe = new RunRecipe(Optimizer.MOMENTUM, Map.of(Hyperparameter.MOMENTUM, 0.5),
                DescentSettings.withRate(0.05), List.of(3.0, -2.0));
        Trajectory direct = new Descent(f, new Momentum(0.5), DescentSettings.withRate(0.05))
                .trace(new double[] {3, -2});
        Trajectory traced = recipe.trace(f);
        assertThat(traced.size()).isEqualTo(direct.size());
        assertThat(traced.last().point()).containsExactly(direct.last().point());
    }

    @Test
    void allHyperparametersFillInTheDefaults() {
        RunRecipe adam = new RunRecipe(Optimizer.ADAM, Map.of(Hyperparameter.BETA1, 0.8),
                DescentSettings.withRate(0.1), List.of(1.0));
        assertThat(adam.allHyperparameters()).containsExactly(Map.entry(Hyperparameter.BETA1, 0.8),
                Map.entry(Hyperparameter.BETA2, Adam.DEFAULT_BETA2), Map.entry(Hyperparameter.EPS, Adam.DEFAULT_EPS));
    }

    @Test
    void hyperparametersTheOptimiserDoesNotTakeOrOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new RunRecipe(Optimizer.GD, Map.of(Hyperparameter.MOMENTUM, 0.5),
                DescentSettings.withRate(0.1), List.of(1.0))).hasMessage("Gradient descent takes no momentum");
        assertThatThrownBy(() -> new RunRecipe(Optimizer.MOMENTUM, Map.of(Hyperparameter.MOMENTUM, 1.0),
                DescentSettings.withRate(0.1), List.of(1.0))).isInstanceOf(InvalidHyperparameterException.class);
    }
}
