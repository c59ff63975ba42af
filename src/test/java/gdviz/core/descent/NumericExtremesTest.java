package gdviz.core.descent;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.expr.CompiledFunction;
import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rates from 1e-12 to 1e6, starts at ±1e300, poles, gaps, constants and functions defined nowhere: every run
 * ends, with the reason a teacher would give, and no optimiser throws.
 */
class NumericExtremesTest {

    private static final List<String> FUNCTIONS = List.of("x^2", "1/x", "log(x)", "sqrt(x)", "tan(x)", "5 + 0*x",
            "sqrt(-1 - x^2)", "-x^2", "x", "exp(x)", "x^2 + y^2", "1/(x*y)", "sqrt(-1 - x^2 - y^2)", "log(x) + y^2");
    private static final double[] RATES = {1e-12, 1e-6, 0.1, 1, 1e3, 1e6};
    private static final double[] STARTS = {1e300, -1e300, 0, 1, -1, 1e-300};

    private static CompiledFunction compile(String text) throws ExpressionException {
        return FunctionParser.parse(text).compile();
    }

    private static Trajectory run(String function, double rate, double start) throws ExpressionException {
        CompiledFunction f = compile(function);
        double[] point = new double[f.dimension()];
        java.util.Arrays.fill(point, start);
        return new Descent(f, new GradientDescent(), new DescentSettings(rate, 1000, 1e-6)).trace(point);
    }

    @ParameterizedTest(name = "{0} from {2} with rate {1}: {3}")
    @CsvSource({
        // Poles and overflow at the start: no step was taken, so nothing diverged.
        "1/x,            0.1,   0,      LEFT_DOMAIN",
        "log(x),         0.1,   0,      LEFT_DOMAIN",
        "sqrt(x),        0.1,   0,      LEFT_DOMAIN",
        "x^2,            1e-12, 1e300,  LEFT_DOMAIN",
        "x^2,            1e6,   -1e300, LEFT_DOMAIN",
        // Gaps: NaN at the start, or after a step that overshoots.
        "log(x),         0.1,   -1e300, LEFT_DOMAIN",
        "sqrt(-1 - x^2), 0.1,   0,      LEFT_DOMAIN",
        "sqrt(-1 - x^2), 1e6,   1e300,  LEFT_DOMAIN",
        "sqrt(x),        1e6,   1,      LEFT_DOMAIN",
        "log(x),         1e6,   1,      LEFT_DOMAIN",
        // Too large a rate on a bowl, or a function without a minimum.
        "x^2,            1e6,   1,      DIVERGED",
        "tan(x),         1e6,   1,      DIVERGED",
        "-x^2,           0.1,   1,      DIVERGED",
        // Flat: at once; a far start of a flattening function counts as flat too.
        "5 + 0*x,        1e6,   1e300,  CONVERGED",
        "5 + 0*x,        1e-12, 1,      CONVERGED",
        "1/x,            0.1,   1e300,  CONVERGED",
        "x^2,            0.1,   1,      CONVERGED",
        // Tiny rates crawl: the limit, never a false convergence.
        "x^2,            1e-12, 1,      ITERATION_LIMIT",
        "tan(x),         1e-12, 1e300,  ITERATION_LIMIT",
        "x,              1e6,   1e300,  ITERATION_LIMIT"})
    void eachRunStopsForTheRightReason(String function, double rate, double start, StopReason reason)
            throws ExpressionException {
        Trajectory run = run(function, rate, start);

        assertThat(run.outcome().reason()).isEqualTo(reason);
        assertThat(run.size()).isEqualTo(run.outcome().iteration() + 1);
    }

    @Test
    void everyOptimiserEndsEveryExtremeRunWithoutThrowing() throws ExpressionException {
        int runs = 0;
        for (String function : FUNCTIONS) {
            CompiledFunction f = compile(function);
            for (Optimizer optimizer : Optimizer.values()) {
                for (double rate : RATES) {
                    for (double start : STARTS) {
                        double[] point = new double[f.dimension()];
                        java.util.Arrays.fill(point, start);
                        Trajectory run = new Descent(f, optimizer.defaultRule(), new DescentSettings(rate, 200, 1e-6))
                                .trace(point);
                        assertThat(run.size()).as("%s %s %s %s", function, optimizer, rate, start)
                                .isBetween(1, 201).isEqualTo(run.outcome().iteration() + 1);
                        runs++;
                    }
                }
            }
        }
        assertThat(runs).isEqualTo(FUNCTIONS.size() * Optimizer.values().length * RATES.length * STARTS.length);
    }
}
