package gdviz.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluationTest {

    static Stream<Arguments> functions() {
        return Stream.of(
                Arguments.of("x^2 + x*y + y^2", (ToDoubleFunction<double[]>) p -> p[0] * p[0] + p[0] * p[1] + p[1] * p[1]),
                Arguments.of("(1 - x)^2 + 100*(y - x^2)^2",
                        (ToDoubleFunction<double[]>) p -> sq(1 - p[0]) + 100 * sq(p[1] - p[0] * p[0])),
                Arguments.of("(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
                        (ToDoubleFunction<double[]>) p -> sq(p[0] * p[0] + p[1] - 11) + sq(p[0] + p[1] * p[1] - 7)),
                Arguments.of("20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)",
                        (ToDoubleFunction<double[]>) p -> 20 + p[0] * p[0] - 10 * Math.cos(2 * Math.PI * p[0])
                                + p[1] * p[1] - 10 * Math.cos(2 * Math.PI * p[1])),
                Arguments.of("sin(x)*cos(y) - 2^-x + x % 3", (ToDoubleFunction<double[]>) p ->
                        Math.sin(p[0]) * Math.cos(p[1]) - Math.pow(2, -p[0]) + p[0] % 3),
                Arguments.of("-x^2 + 2(x+1)(y-1)/e", (ToDoubleFunction<double[]>) p ->
                        -(p[0] * p[0]) + 2 * (p[0] + 1) * (p[1] - 1) / Math.E),
                Arguments.of("abs(x)^1.5 + exp(-y^2) + log1p(x^2) + cbrt(y)", (ToDoubleFunction<double[]>) p ->
                        Math.pow(Math.abs(p[0]), 1.5) + Math.exp(-p[1] * p[1]) + Math.log1p(p[0] * p[0]) + Math.cbrt(p[1])));
    }

    private static double sq(double v) {
        return v * v;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void valuesMatchHandWrittenJava(String text, ToDoubleFunction<double[]> expected) throws ExpressionException {
        CompiledFunction f = FunctionParser.parse(text).compile();
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            double[] p = {-5 + 10 * random.nextDouble(), -5 + 10 * random.nextDouble()};
            double want = expected.applyAsDouble(p);
            assertThat(f.value(p)).as("%s at (%s, %s)", text, p[0], p[1])
                    .isCloseTo(want, org.assertj.core.data.Offset.offset(1e-13 * Math.max(1, Math.abs(want))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void generatedCodeTapeAndDerivativeRunsGiveTheSameValueToTheBit(String text) throws ExpressionException {
        CompiledFunction f = FunctionParser.parse(text).compile();
        assertThat(f.hasGeneratedCode()).isTrue();
        TapeValueCode tape = new TapeValueCode(FunctionCompiler.tape(FunctionParser.parse(text).root(), 2));
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            double[] p = {-5 + 10 * random.nextDouble(), -5 + 10 * random.nextDouble()};
            double value = f.value(p);
            assertThat(tape.value(p)).isEqualTo(value);
            assertThat(f.valueAndGradient(p, new double[2])).isEqualTo(value);
            assertThat(f.valueGradientHessian(p, new double[2], new double[4])).isEqualTo(value);
        }
    }

    @Test
    void ieeeSpecialValuesNeverThrow() throws ExpressionException {
        assertThat(value("1/x", 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(value("-1/x", 0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(value("x/x", 0)).isNaN();
        assertThat(value("sqrt(x)", -1)).isNaN();
        assertThat(value("log(x)", 0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(value("cot(x)", 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(value("x % 0", 5)).isNaN();
        assertThat(value("asin(x)", 2)).isNaN();
        assertThat(value("exp(x)", 1000)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(FunctionParser.parse("1/0", List.of("x")).compile().value(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(FunctionParser.parse("0/0", List.of("x")).compile().value(1)).isNaN();
        for (String text : List.of("1/x", "x/x", "sqrt(x)", "log(x)", "cot(x)", "x % 0", "acos(x)", "x^-0.5",
                "log(x)*0", "0^x", "x^x")) {
            double[] g = new double[1];
            double[] h = new double[1];
            for (double x : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
                CompiledFunction f = FunctionParser.parse(text).compile();
                f.valueGradientHessian(new double[] {x}, g, h);
                f.valueAndGradient(new double[] {x}, g);
            }
        }
    }

    @Test
    void powersFollowMathPow() throws ExpressionException {
        for (double x : new double[] {-2.5, -1, -0.0, 0, 0.3, 7, Double.NaN, Double.NEGATIVE_INFINITY}) {
            assertSameDouble(value("x^2", x), Math.pow(x, 2));
            assertSameDouble(value("x^0", x), 1);
            assertSameDouble(value("x^0.5", x), Math.pow(x, 0.5));
            assertSameDouble(value("x^-1", x), Math.pow(x, -1));
        }
        assertThat(value("2^x", 10)).isEqualTo(1024);
        assertThat(value("x^3", -2)).isEqualTo(-8);
    }

    @Test
    void constantsHaveExp4jsValues() throws ExpressionException {
        assertThat(value("pi*x", 1)).isEqualTo(Math.PI);
        assertThat(value("e*x", 1)).isEqualTo(Math.E);
        assertThat(value("\u03c6*x", 1)).isEqualTo(1.61803398874);
    }

    @Test
    void parallelEvaluationGivesTheSequentialResults() throws ExpressionException {
        CompiledFunction f = FunctionParser.parse("sin(x*y) + (1 - x)^2 + 100*(y - x^2)^2 + log(1 + x^2)").compile();
        List<double[]> points = IntStream.range(0, 20_000)
                .mapToObj(i -> new double[] {Math.sin(i) * 3, Math.cos(i * 0.7) * 3}).collect(Collectors.toList());
        List<double[]> sequential = points.stream().map(p -> everything(f, p)).collect(Collectors.toList());
        List<double[]> parallel = points.parallelStream().map(p -> everything(f, p)).collect(Collectors.toList());
        for (int i = 0; i < points.size(); i++) {
            assertThat(parallel.get(i)).containsExactly(sequential.get(i));
        }
    }

    private static double[] everything(CompiledFunction f, double[] p) {
        double[] g = new double[2];
        double[] h = new double[4];
        double v = f.valueGradientHessian(p, g, h);
        return new double[] {f.value(p), v, g[0], g[1], h[0], h[1], h[2], h[3]};
    }

    @Test
    void shortArraysAreRejectedWithAClearMessage() throws ExpressionException {
        CompiledFunction f = FunctionParser.parse("x + y").compile();
        assertThatThrownBy(() -> f.value(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("point has 1 entries, needs 2");
        assertThatThrownBy(() -> f.valueGradientHessian(new double[2], new double[2], new double[3]))
                .hasMessage("hessian has 3 entries, needs 4");
    }

    @Test
    void largeFunctionsStillGetGeneratedCode() throws ExpressionException {
        int n = 300;
        String text = IntStream.range(0, n).mapToObj(i -> "sin(v" + i + ")*" + (i + 1)).collect(Collectors.joining(" + "));
        List<String> names = IntStream.range(0, n).mapToObj(i -> "v" + i).collect(Collectors.toList());
        CompiledFunction f = FunctionParser.parse(text, names).compile();
        assertThat(f.hasGeneratedCode()).isTrue();
        double[] p = IntStream.range(0, n).mapToDouble(i -> i * 0.01).toArray();
        double expected = 0;
        for (int i = 0; i < n; i++) {
            expected += Math.sin(p[i]) * (i + 1);
        }
        assertThat(f.value(p)).isEqualTo(expected);
        double[] g = new double[n];
        f.valueAndGradient(p, g);
        assertThat(g[n - 1]).isEqualTo(Math.cos(p[n - 1]) * n);
    }

    /** Bit for bit: NaN equals NaN, and -0.0 differs from 0.0. */
    private static void assertSameDouble(double actual, double expected) {
        assertThat(Double.doubleToLongBits(actual)).as("%s vs %s", actual, expected)
                .isEqualTo(Double.doubleToLongBits(expected));
    }

    private static double value(String text, double x) throws ExpressionException {
        return FunctionParser.parse(text).compile().value(x);
    }
}
