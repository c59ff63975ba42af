package gdviz.core.expr;

import static gdviz.core.expr.Trees.X;
import static gdviz.core.expr.Trees.Y;
import static gdviz.core.expr.Trees.call;
import static gdviz.core.expr.Trees.mod;
import static gdviz.core.expr.Trees.n;
import static gdviz.core.expr.Trees.pow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.expr.FunctionCases.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SymbolicDerivativeTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("gdviz.core.expr.FunctionCases#all")
    void everyRuleAgreesWithCentralDifferences(Case c) {
        for (int variable = 0; variable < 2; variable++) {
            Node derivative = SymbolicDerivative.differentiate(c.function(), variable);
            for (double[] point : c.points(40)) {
                double expected = centralDifference(c.function(), point, variable);
                double actual = TreeEvaluator.evaluate(derivative, point);
                assertThat(actual)
                        .as("d/d%s of %s at (%s, %s)", FunctionCases.NAMES[variable], c.name(), point[0], point[1])
                        .isCloseTo(expected, within(1e-5 * Math.max(1, Math.abs(expected))));
            }
        }
    }

    private static double centralDifference(Node function, double[] point, int variable) {
        double h = 1e-6 * Math.max(1, Math.abs(point[variable]));
        double[] ahead = point.clone();
        double[] behind = point.clone();
        ahead[variable] += h;
        behind[variable] -= h;
        return (TreeEvaluator.evaluate(function, ahead) - TreeEvaluator.evaluate(function, behind)) / (ahead[variable] - behind[variable]);
    }

    @Test
    void constantsAndOtherVariablesHaveDerivativeZeroAndTheVariableOne() {
        assertThat(SymbolicDerivative.differentiate(n(5), 0)).isEqualTo(n(0));
        assertThat(SymbolicDerivative.differentiate(Trees.PI, 0)).isEqualTo(n(0));
        assertThat(SymbolicDerivative.differentiate(Y, 0)).isEqualTo(n(0));
        assertThat(SymbolicDerivative.differentiate(X, 0)).isEqualTo(n(1));
        assertThat(SymbolicDerivative.differentiate(pow(Y, X), 2)).isEqualTo(n(0));
    }

    @ParameterizedTest
    @EnumSource(value = BuiltIn.class, names = {"SIGNUM", "FLOOR", "CEIL"})
    void stepFunctionsHaveDerivativeZero(BuiltIn step) {
        assertThat(SymbolicDerivative.differentiate(call(step, X), 0)).isEqualTo(n(0));
    }

    @Test
    void absoluteValueHasSlopeZeroAtItsKink() {
        Node slope = SymbolicDerivative.differentiate(call(BuiltIn.ABS, X), 0);
        assertThat(TreeEvaluator.evaluate(slope, 0)).isZero();
        assertThat(TreeEvaluator.evaluate(slope, -2)).isEqualTo(-1);
        assertThat(TreeEvaluator.evaluate(slope, 3)).isEqualTo(1);
    }

    @Test
    void remainderDifferentiatesAsDividendMinusTruncatedQuotientTimesDivisor() {
        Node byDivisor = SymbolicDerivative.differentiate(mod(X, Y), 1);
        assertThat(TreeEvaluator.evaluate(byDivisor, 7, 2)).isEqualTo(-3);
        assertThat(TreeEvaluator.evaluate(byDivisor, -7, 2)).isEqualTo(3);
        assertThat(TreeEvaluator.evaluate(SymbolicDerivative.differentiate(mod(X, Y), 0), -7, 2)).isEqualTo(1);
    }

    @Test
    void rejectsANegativeVariableIndexByName() {
        assertThatThrownBy(() -> SymbolicDerivative.differentiate(X, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variable index must be 0 or more, was -1");
    }
}
