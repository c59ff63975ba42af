package gdviz.ui.descent;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.descent.StopReason;
import gdviz.core.descent.Trajectory;
import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.ui.background.LatestOnly;
import org.junit.jupiter.api.Test;

/** The descent behind the window, run on the calling thread so every change shows at once. */
class DescentModelTest {

    private final DescentModel model = new DescentModel(new LatestOnly(Runnable::run, Runnable::run));

    private void bowl() throws ExpressionException {
        model.startXProperty().set(4);
        model.startYProperty().set(-3);
        model.functionProperty().set(FunctionParser.parse("x^2 + x*y + y^2").compile());
    }

    private String status() {
        return model.statusProperty().get().text();
    }

    @Test
    void theLearningRateDecidesBetweenCrawlingConvergingAndDiverging() throws ExpressionException {
        bowl();
        model.rateProperty().set(1e-4);
        assertThat(status()).isEqualTo("Stopped at the iteration limit (1000): still descending,"
                + " try a larger learning rate or more iterations");
        assertThat(model.statusProperty().get().reason()).isEqualTo(StopReason.ITERATION_LIMIT);

        model.rateProperty().set(0.3);
        assertThat(status()).matches("Converged after \\d+ iterations: \\|\u2207f\\| = [0-9.]+e-\\d+ \u2264 1e-6");

        model.rateProperty().set(1.0);
        assertThat(status()).matches("Diverged at iteration \\d+: the learning rate is too large for this function");
    }

    @Test
    void everyControlReRunsFromTheSettingsItShows() throws ExpressionException {
        bowl();
        model.rateProperty().set(0.1);
        model.maxIterationsProperty().set(5);
        model.startXProperty().set(1);
        model.startYProperty().set(2);
        Trajectory run = model.trajectoryProperty().get();
        assertThat(run.size()).isEqualTo(6);
        assertThat(run.coordinate(0, 0)).isEqualTo(1);
        assertThat(run.coordinate(0, 1)).isEqualTo(2);
        // x1 = x0 - 0.1 * (2 x0 + y0) = 1 - 0.4
        assertThat(run.coordinate(1, 0)).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(run.outcome().settings()).isEqualTo(model.settings());
    }

    @Test
    void aOneVariableFunctionStartsFromTheFirstCoordinateOnly() throws ExpressionException {
        model.startXProperty().set(1);
        model.startYProperty().set(7);
        model.rateProperty().set(0.1);
        model.functionProperty().set(FunctionParser.parse("2*x^2").compile());
        Trajectory run = model.trajectoryProperty().get();
        assertThat(run.dimension()).isEqualTo(1);
        assertThat(run.coordinate(1, 0)).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(run.coordinate(2, 0)).isEqualTo(0.36, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void aStartWhereFIsUndefinedIsExplained() throws ExpressionException {
        model.startXProperty().set(-1);
        model.startYProperty().set(1);
        model.functionProperty().set(FunctionParser.parse("sqrt(x) + y^2").compile());
        assertThat(status()).isEqualTo("The start is outside the domain of f: f or its gradient is undefined at"
                + " x = -1, y = 1, choose another start");
    }
}
