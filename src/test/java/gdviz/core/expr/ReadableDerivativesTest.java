package gdviz.core.expr;

import static gdviz.core.expr.Trees.X;
import static gdviz.core.expr.Trees.Y;
import static gdviz.core.expr.Trees.add;
import static gdviz.core.expr.Trees.call;
import static gdviz.core.expr.Trees.div;
import static gdviz.core.expr.Trees.mul;
import static gdviz.core.expr.Trees.n;
import static gdviz.core.expr.Trees.pow;
import static gdviz.core.expr.Trees.sum;
import static gdviz.core.expr.Trees.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import gdviz.core.expr.FunctionCases.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReadableDerivativesTest {

    static Stream<Arguments> textbookDerivatives() {
        Node w = v("w", 0);
        Node quadratic = sum(pow(X, 2), mul(X, Y), pow(Y, 2));
        return Stream.of(
                arguments(quadratic, 0, "2*x + y"),
                arguments(quadratic, 1, "x + 2*y"),
                arguments(mul(n(2), pow(X, 2)), 0, "4*x"),
                arguments(pow(w, 2), 0, "2*w"),
                arguments(add(pow(v("w1", 0), 2), pow(v("w2", 1), 2)), 0, "2*w1"),
                arguments(FunctionCases.ROSENBROCK, 0, "400*x^3 - 400*x*y + 2*x - 2"),
                arguments(FunctionCases.ROSENBROCK, 1, "200*y - 200*x^2"),
                arguments(FunctionCases.HIMMELBLAU, 0, "4*x^3 + 4*x*y + 2*y^2 - 42*x - 14"),
                arguments(FunctionCases.HIMMELBLAU, 1, "4*y^3 + 2*x^2 + 4*x*y - 26*y - 22"),
                arguments(FunctionCases.BOOTH, 0, "10*x + 8*y - 34"),
                arguments(FunctionCases.MATYAS, 0, "0.52*x - 0.48*y"),
                arguments(FunctionCases.SIX_HUMP_CAMEL, 0, "2*x^5 - 8.4*x^3 + 8*x + y"),
                arguments(FunctionCases.RASTRIGIN, 0, "2*x + 20*pi*sin(2*pi*x)"),
                arguments(FunctionCases.MCCORMICK, 0, "2*x - 2*y + cos(x + y) - 1.5"),
                arguments(mul(call(BuiltIn.SIN, X), call(BuiltIn.COS, Y)), 0, "cos(x)*cos(y)"),
                arguments(mul(call(BuiltIn.SIN, X), call(BuiltIn.COS, Y)), 1, "-sin(x)*sin(y)"),
                arguments(call(BuiltIn.EXP, mul(n(2), X)), 0, "2*exp(2*x)"),
                arguments(call(BuiltIn.SIN, mul(n(2), X)), 0, "2*cos(2*x)"),
                arguments(div(pow(X, 3), n(3)), 0, "x^2"),
                arguments(call(BuiltIn.SQRT, X), 0, "1/(2*sqrt(x))"),
                arguments(call(BuiltIn.LOG, X), 0, "1/x"),
                arguments(call(BuiltIn.ATAN, X), 0, "1/(x^2 + 1)"),
                arguments(call(BuiltIn.ASIN, X), 0, "1/sqrt(1 - x^2)"),
                arguments(call(BuiltIn.ABS, X), 0, "signum(x)"),
                arguments(pow(n(2), X), 0, "2^x*log(2)"),
                arguments(pow(Trees.E, X), 0, "e^x"),
                arguments(pow(X, Y), 0, "y*x^(y - 1)"),
                arguments(div(add(X, n(1)), Trees.sub(X, n(1))), 0, "-2/(x - 1)^2"),
                arguments(mul(n(1e-10), pow(X, 2)), 0, "2e-10*x"),
                arguments(n(7), 0, "0"),
                arguments(Trees.PI, 0, "0"),
                arguments(mul(call(BuiltIn.SIN, Y), Y), 0, "0"),
                // A high power of a sum stays a power: its expansion would fill the window with terms.
                arguments(pow(add(X, Y), 20), 0, "20*(x + y)^19"),
                arguments(pow(sum(pow(X, 2), pow(Y, 2), n(1)), 12), 0, "24*x*(x^2 + y^2 + 1)^11"),
                arguments(pow(add(X, Y), 3), 0, "3*x^2 + 6*x*y + 3*y^2"),
                // A factor every term shares is written once, as the product and chain rules leave it.
                arguments(mul(X, call(BuiltIn.EXP, mul(X, Y))), 0, "exp(x*y)*(x*y + 1)"),
                arguments(pow(add(mul(X, Y), call(BuiltIn.SIN, X)), 5), 0,
                        "(5*y + 5*cos(x))*(x*y + sin(x))^4"),
                arguments(add(mul(X, Y), mul(X, call(BuiltIn.COS, Y))), 0, "y + cos(y)"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("textbookDerivatives")
    void readsLikeTheTextbook(Node function, int variable, String expected) {
        assertThat(ReadableDerivatives.partial(function, variable)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gdviz.core.expr.FunctionCases#all")
    void exp4jReadsThePrintedDerivativeAsTheExactOne(Case c) {
        for (int variable = 0; variable < 2; variable++) {
            String text = ReadableDerivatives.partial(c.function(), variable);
            Node raw = SymbolicDerivative.differentiate(c.function(), variable);
            for (double[] point : c.points(50)) {
                double expected = TreeEvaluator.evaluate(raw, point);
                assertThat(Exp4j.evaluate(text, FunctionCases.NAMES, point))
                        .as("%s at (%s, %s)", text, point[0], point[1])
                        .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
            }
        }
    }
}
