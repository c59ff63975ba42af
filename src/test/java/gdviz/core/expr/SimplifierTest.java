package gdviz.core.expr;

import static gdviz.core.expr.Trees.PI;
import static gdviz.core.expr.Trees.X;
import static gdviz.core.expr.Trees.Y;
import static gdviz.core.expr.Trees.add;
import static gdviz.core.expr.Trees.call;
import static gdviz.core.expr.Trees.div;
import static gdviz.core.expr.Trees.mod;
import static gdviz.core.expr.Trees.mul;
import static gdviz.core.expr.Trees.n;
import static gdviz.core.expr.Trees.neg;
import static gdviz.core.expr.Trees.pow;
import static gdviz.core.expr.Trees.sub;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import gdviz.core.expr.FunctionCases.Case;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimplifierTest {

    static Stream<Arguments> rewrites() {
        Node xPlusOne = add(X, n(1));
        return Stream.of(
                arguments(mul(n(2), n(3)), "6"),
                arguments(mul(n(2), PI), "2*pi"),
                arguments(mul(PI, PI), "pi^2"),
                arguments(add(n(0.1), n(0.2)), "0.3"),
                arguments(add(X, n(0)), "x"),
                arguments(mul(n(1), X), "x"),
                arguments(pow(X, 1), "x"),
                arguments(pow(X, 0), "1"),
                arguments(neg(neg(X)), "x"),
                arguments(mul(n(0), call(BuiltIn.SIN, X)), "0"),
                arguments(add(X, X), "2*x"),
                arguments(sub(X, X), "0"),
                arguments(mul(X, X), "x^2"),
                arguments(add(mul(X, Y), mul(Y, X)), "2*x*y"),
                arguments(pow(xPlusOne, 2), "x^2 + 2*x + 1"),
                arguments(mul(div(X, n(3)), n(3)), "x"),
                arguments(div(X, n(2)), "0.5*x"),
                arguments(div(X, n(3)), "x/3"),
                arguments(div(mul(n(2), X), n(3)), "2*x/3"),
                arguments(sub(X, div(n(1), n(3))), "x - 1/3"),
                arguments(add(Y, X), "x + y"),
                arguments(mul(Y, X), "x*y"),
                arguments(add(Y, pow(X, 2)), "x^2 + y"),
                arguments(sub(n(1), X), "1 - x"),
                arguments(sub(neg(X), n(1)), "-x - 1"),
                arguments(sub(X, mul(n(2), Y)), "x - 2*y"),
                arguments(mul(call(BuiltIn.COS, Y), call(BuiltIn.COS, X)), "cos(x)*cos(y)"),
                arguments(call(BuiltIn.SIN, add(X, X)), "sin(2*x)"),
                arguments(call(BuiltIn.POW, X, n(2)), "x^2"),
                arguments(pow(X, 2.5), "x^2.5"),
                arguments(div(n(1), pow(sub(X, n(1)), 2)), "1/(x - 1)^2"),
                arguments(add(div(n(1), xPlusOne), div(n(1), xPlusOne)), "2/(x + 1)"),
                arguments(div(X, X), "1"),
                arguments(pow(n(2), n(10)), "1024"),
                arguments(pow(n(3), n(-1)), "1/3"),
                arguments(mod(n(7), n(3)), "1"),
                arguments(mod(n(-7), n(3)), "-1"),
                arguments(mod(X, n(3)), "x%3"),
                arguments(div(X, n(0)), "x/0"),
                arguments(pow(add(X, Y), 200), "(x + y)^200"),
                arguments(mul(n(1e-10), X), "1e-10*x"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rewrites")
    void rewritesToTheReadableForm(Node tree, String expected) {
        assertThat(ExpressionPrinter.print(Simplifier.simplify(tree))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gdviz.core.expr.FunctionCases#all")
    void keepsTheValue(Case c) {
        Node simplified = Simplifier.simplify(c.function());
        for (double[] point : c.points(30)) {
            double expected = TreeEvaluator.evaluate(c.function(), point);
            assertThat(TreeEvaluator.evaluate(simplified, point))
                    .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gdviz.core.expr.FunctionCases#all")
    void simplifyingTwiceChangesNothing(Case c) {
        for (Node tree : new Node[] {c.function(), SymbolicDerivative.differentiate(c.function(), 0)}) {
            Node once = Simplifier.simplify(tree);
            assertThat(Simplifier.simplify(once)).isEqualTo(once);
        }
    }

    @Test
    @Timeout(5)
    void deeplyNestedQuotientsSimplifyWithoutBlowingUp() {
        Node tower = X;
        for (int level = 0; level < 40; level++) {
            tower = div(n(1), tower);
        }
        assertThat(ExpressionPrinter.print(Simplifier.simplify(tower))).isEqualTo("x");
    }

    @Test
    void zeroTimesAnythingIsZeroEvenWhereIeeeSaysNaN() {
        Node zeroTimesReciprocal = Simplifier.simplify(mul(n(0), div(n(1), X)));
        assertThat(TreeEvaluator.evaluate(zeroTimesReciprocal, 0)).isZero();
    }
}
