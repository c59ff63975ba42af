package gdviz.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoublePredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in and operator: the exact gradient against central differences of the value, the exact
 * Hessian against central differences of the exact gradient, at many points inside the domain. Each
 * function wraps an inner function of two variables so that the chain rule is exercised too.
 */
class DerivativeTest {

    private static final int POINTS = 40;
    private static final double TOLERANCE = 1e-6;

    /** The inner function u(x, y) of the built-in tests; its value is kept inside each built-in's domain. */
    private static final String INNER = "(x*y + x/2)";

    static Stream<Arguments> builtIns() {
        return Stream.of(
                unary("sin", -9, 9), unary("cos", -9, 9), unary("tan", -1.4, 1.4), unary("cot", 0.1, 3),
                unary("asin", -0.95, 0.95), unary("acos", -0.95, 0.95), unary("atan", -9, 9),
                unary("sinh", -4, 4), unary("cosh", -4, 4), unary("tanh", -3, 3),
                unary("log", 0.05, 9), unary("log2", 0.05, 9), unary("log10", 0.05, 9), unary("log1p", -0.9, 9),
                unary("exp", -4, 4), unary("expm1", -4, 4), unary("sqrt", 0.05, 9), unary("cbrt", 0.05, 9),
                unary("cbrt", -9, -0.05), unary("abs", 0.05, 9), unary("abs", -9, -0.05),
                unary("signum", 0.05, 9), unary("signum", -9, -0.05),
                arguments("floor(" + INNER + ")", INNER, DerivativeTest::betweenWholeNumbers),
                arguments("ceil(" + INNER + ")", INNER, DerivativeTest::betweenWholeNumbers));
    }

    static Stream<Arguments> operators() {
        String a = "(x*y + 2)";
        String b = "(x + y^2 + 1)";
        Predicate<double[]> positive = each(v -> v > 0.05);
        return Stream.of(
                arguments(a + " + " + b), arguments(a + " - " + b), arguments(a + " * " + b),
                arguments(a + " / " + b, b, positive), arguments(a + " ^ " + b, a, positive),
                arguments("pow(" + a + ", " + b + ")", a, positive),
                arguments(a + " % " + b, a + "/" + b, DerivativeTest::betweenWholeNumbers),
                arguments("-" + a + "^2"), arguments("3 - " + a), arguments(a + " / 7"), arguments("5 / " + b, b, positive),
                arguments(b + "^3"), arguments(b + "^2.5", b, positive), arguments(b + "^-1.5", b, positive),
                arguments("2^" + a), arguments("e^" + a), arguments("0.5^" + a),
                arguments(b + " % 0.7", b + "/0.7", DerivativeTest::betweenWholeNumbers),
                arguments("2.5 % " + b, "2.5/" + b, DerivativeTest::betweenWholeNumbers),
                arguments("x^2 + x*y + y^2"), arguments("(1 - x)^2 + 100*(y - x^2)^2"),
                arguments("(x^2 + y - 11)^2 + (x + y^2 - 7)^2"),
                arguments("20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)"),
                arguments("sin(x*y)*exp(-y^2)/(1+x^2)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"builtIns", "operators"})
    void exactDerivativesMatchCentralDifferences(String text, String guard, Predicate<double[]> accept)
            throws ExpressionException {
        CompiledFunction f = FunctionParser.parse(text, List.of("x", "y")).compile();
        CompiledFunction g = FunctionParser.parse(guard, List.of("x", "y")).compile();
        List<double[]> points = points(p -> accept.test(CentralDifference.stencil(p).mapToDouble(g::value).toArray()));
        assertThat(points).hasSize(POINTS);
        for (double[] p : points) {
            assertDerivativesAt(f, p);
        }
    }

    private static void assertDerivativesAt(CompiledFunction f, double[] p) {
        double[] g = new double[2];
        double[] h = new double[4];
        double value = f.valueGradientHessian(p, g, h);
        assertThat(value).isEqualTo(f.value(p)).isFinite();
        for (int i = 0; i < 2; i++) {
            int row = i;
            assertClose(g[i], CentralDifference.partial(f::value, p, i), "gradient " + i, p);
            for (int j = 0; j < 2; j++) {
                double numeric = CentralDifference.partial(q -> gradient(f, q)[row], p, j);
                assertClose(h[i * 2 + j], numeric, "hessian " + i + "," + j, p);
            }
        }
        assertThat(h[1]).isEqualTo(h[2]);
    }

    private static void assertClose(double exact, double numeric, String what, double[] p) {
        double scale = Math.max(1, Math.abs(numeric));
        assertThat(Math.abs(exact - numeric)).as("%s at (%s, %s): exact %s, numeric %s", what, p[0], p[1], exact, numeric)
                .isLessThanOrEqualTo(TOLERANCE * scale);
    }

    private static double[] gradient(CompiledFunction f, double[] p) {
        double[] g = new double[2];
        f.valueAndGradient(p, g);
        return g;
    }

    /** Random points in [-2, 2]² that pass {@code accept}. */
    private static List<double[]> points(Predicate<double[]> accept) {
        Random random = new Random(42);
        List<double[]> points = new ArrayList<>();
        for (int tries = 0; points.size() < POINTS && tries < 100_000; tries++) {
            double[] p = {-2 + 4 * random.nextDouble(), -2 + 4 * random.nextDouble()};
            if (accept.test(p)) {
                points.add(p);
            }
        }
        return points;
    }

    /** All values strictly between the same two whole numbers: no jump of floor, ceil or % in between. */
    private static boolean betweenWholeNumbers(double[] values) {
        double floor = Math.floor(values[0]);
        return Arrays.stream(values).allMatch(v -> Math.floor(v) == floor && v != floor);
    }

    private static Predicate<double[]> each(DoublePredicate accept) {
        return values -> Arrays.stream(values).allMatch(accept);
    }

    private static Arguments unary(String name, double lo, double hi) {
        return arguments(name + "(" + INNER + ")", INNER, each(u -> u > lo && u < hi));
    }

    /**
     * @param guard  an expression whose values at all the points the stencil touches must pass {@code accept},
     *               so that no difference straddles a pole, a jump or the edge of the domain
     */
    private static Arguments arguments(String text, String guard, Predicate<double[]> accept) {
        return Arguments.of(text, guard, accept);
    }

    private static Arguments arguments(String text) {
        return arguments(text, "x", values -> true);
    }
}
