package gdviz.ui.descent;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import org.junit.jupiter.api.Test;

/** The status line's words for each way a run can end, on the runs a class would try. */
class StatusTextTest {

    private static String describe(String function, double rate, int limit, double... start)
            throws ExpressionException {
        Descent descent = new Descent(FunctionParser.parse(function).compile(), new GradientDescent(),
                new DescentSettings(rate, limit, 1e-6));
        return StatusText.describe(descent.trace(start));
    }

    @Test
    void convergenceNamesTheIterationsAndTheGradientAgainstTheTolerance() throws ExpressionException {
        // 2x^2 from 1 with rate 0.1: x_k = 0.6^k, |f'| = 4 * 0.6^k <= 1e-6 first at k = 30.
        assertThat(describe("2*x^2", 0.1, 1000, 1))
                .isEqualTo("Converged after 30 iterations: |\u2207f| = 8.8e-7 \u2264 1e-6");
        assertThat(describe("x^2", 0.1, 1000, 0)).isEqualTo(
                "Converged at the start: |\u2207f| = 0 \u2264 1e-6, the start is a stationary point");
    }

    @Test
    void aStepThatOvershootsMoreEachTimeIsBlamedOnTheRate() throws ExpressionException {
        assertThat(describe("w^2", 1.5, 1000, 5)).matches("Diverged at iteration \\d+: the learning rate is too large"
                + " for this function");
    }

    @Test
    void aFunctionWithoutMinimumIsNotBlamedOnTheRate() throws ExpressionException {
        assertThat(describe("x^2 - y^2", 0.1, 10000, 1.5, 0.01)).matches("Diverged at iteration \\d+:"
                + " f decreases without bound, this function has no minimum in that direction");
    }

    @Test
    void theIterationLimitTellsWhetherTheRunWasStillGoingDownhill() throws ExpressionException {
        assertThat(describe("(1 - x)^2 + 100*(y - x^2)^2", 0.0015, 1000, -1.5, 2)).isEqualTo(
                "Stopped at the iteration limit (1000): still descending, try a larger learning rate or more"
                        + " iterations");
        // Rate 1 on 2x^2 sends x to -x and back: the steps never go downhill.
        assertThat(describe("x^2", 1, 50, 1)).isEqualTo(
                "Stopped at the iteration limit (50): the steps no longer go downhill, try a smaller learning rate");
        assertThat(describe("x^2", 0.1, 0, 1)).isEqualTo("Showing the start only: the iteration limit is 0");
    }

    @Test
    void leavingTheDomainNamesThePoint() throws ExpressionException {
        // From x = 1 with rate 4: x1 = 1 - 4 * 0.5 = -1, where sqrt is undefined.
        assertThat(describe("sqrt(x)", 4, 100, 1)).isEqualTo("Left the domain of f at iteration 1: f or its gradient"
                + " is undefined at x = -1, try a smaller learning rate or another start");
    }

    @Test
    void aStartAtAPoleOrBeyondTheNumbersIsOutsideTheDomainNotADivergence() throws ExpressionException {
        assertThat(describe("1/x", 0.1, 1000, 0)).isEqualTo("The start is outside the domain of f: f or its"
                + " gradient is infinite at x = 0, choose another start");
        assertThat(describe("x^2 + y^2", 1e-12, 1000, 1e300, -1e300)).isEqualTo("The start is outside the domain"
                + " of f: f or its gradient is infinite at x = 1e300, y = -1e300, choose another start");
        assertThat(describe("sqrt(-1 - x^2)", 1e6, 1000, 3)).isEqualTo("The start is outside the domain of f:"
                + " f or its gradient is undefined at x = 3, choose another start");
    }

    @Test
    void extremeRatesSayDivergedOrIterationLimitInThoseWords() throws ExpressionException {
        assertThat(describe("tan(x)", 1e6, 1000, 1)).startsWith("Diverged at iteration ");
        assertThat(describe("x^2", 1e-12, 1000, 1)).startsWith("Stopped at the iteration limit (1000): still"
                + " descending");
        assertThat(describe("5 + 0*x", 1e6, 1000, 1e300)).startsWith("Converged at the start");
    }
}
