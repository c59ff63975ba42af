package gdviz.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.presets.Presets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The generated value-and-gradient code must give exactly the tape's numbers: the same bits for every
 * value and partial derivative, NaN and infinities included, at kinks and outside domains too.
 */
class GeneratedGradientTest {

    private static final int DIMENSION = 3;
    private static final double[] SPECIAL = {0.0, -0.0, 1, -1, 2, -2, 3, 4, 0.5, -0.5, 1.0 / 3, Math.PI / 2,
        Math.PI, 1e-300, -1e-300, 1e300, -1e300, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @Property(tries = 3000)
    void gradientsAgreeWithTheTapeToTheBit(@ForAll("expressions") Node root, @ForAll("points") double[] point) {
        Tape tape = FunctionCompiler.tape(root, DIMENSION);
        GradientCode generated = GradientCodeGenerator.generate(tape);
        assertThat(generated).isNotInstanceOf(TapeGradientCode.class);
        assertSameAsTape(tape, generated, point);
    }

    @Example
    void nanOnTheWayMakesTheSameDerivativesAsOnTheTape() {
        // log(x) is NaN for x < 0, yet NaN^0 = 1: the tape's NaN partials of log(x) meet a zero exponent
        Node root = Trees.add(Trees.pow(Trees.call(BuiltIn.LOG, Trees.X), Trees.sub(Trees.Y, Trees.Y)),
                Trees.call(BuiltIn.SQRT, Trees.Y));
        Tape tape = FunctionCompiler.tape(root, DIMENSION);
        GradientCode generated = GradientCodeGenerator.generate(tape);
        for (double x : SPECIAL) {
            for (double y : SPECIAL) {
                assertSameAsTape(tape, generated, new double[] {x, y, 0});
            }
        }
    }

    @Example
    void aPartialThatUnderflowsToMinusZeroComesOutAsZeroLikeOnTheTape() {
        // ∂/∂x = -1e-300 · 1e-300, which underflows to -0.0; tables should never show that sign
        Node root = Trees.mul(Trees.mul(Trees.n(1e-300), Trees.X), Trees.n(-1e-300));
        Tape tape = FunctionCompiler.tape(root, DIMENSION);
        double[] gradient = new double[DIMENSION];
        GradientCodeGenerator.generate(tape).valueAndGradient(new double[] {1, 0, 0}, gradient);
        assertThat(bits(gradient[0])).isEqualTo(bits(0.0));
        assertSameAsTape(tape, GradientCodeGenerator.generate(tape), new double[] {1, 0, 0});
    }

    @Example
    void everyPresetHasGeneratedGradientCode() throws ExpressionException {
        for (var preset : Presets.all()) {
            assertThat(FunctionParser.parse(preset.expression()).compile().hasGeneratedGradient())
                    .as(preset.expression()).isTrue();
        }
    }

    @Example
    void everyPresetHasGradientCodeShortEnoughForTheJitToInlineIntoItsCaller() throws ExpressionException {
        for (var preset : Presets.all()) {
            ParsedFunction function = FunctionParser.parse(preset.expression());
            Tape tape = FunctionCompiler.tape(function.root(), function.variables().size());
            assertThat(GradientCodeGenerator.fastMethodLength(tape)).as(preset.expression())
                    .isLessThanOrEqualTo(GradientCodeGenerator.HOT_INLINE_LIMIT);
        }
    }

    @Example
    void aFunctionTooLongForTheJitFallsBackToTheTapeWithTheSameNumbers() {
        Node root = Trees.X;
        for (int i = 0; i < 600; i++) {
            root = Trees.add(Trees.mul(root, Trees.Y), Trees.call(BuiltIn.SIN, Trees.v("z", 2)));
        }
        Tape tape = FunctionCompiler.tape(root, DIMENSION);
        GradientCode code = GradientCodeGenerator.generate(tape);
        assertThat(code).isInstanceOf(TapeGradientCode.class);
        assertSameAsTape(tape, code, new double[] {0.5, 0.9, 1});
    }

    private static void assertSameAsTape(Tape tape, GradientCode generated, double[] point) {
        double[] expected = new double[DIMENSION];
        double[] actual = new double[DIMENSION];
        double expectedValue = tape.run(point, Order.GRADIENT, expected, null);
        double actualValue = generated.valueAndGradient(point, actual);
        assertThat(bits(actualValue)).as("value at %s", Arrays.toString(point)).isEqualTo(bits(expectedValue));
        assertThat(Arrays.stream(actual).mapToLong(Double::doubleToLongBits).toArray())
                .as("gradient at %s: %s, tape %s", Arrays.toString(point), Arrays.toString(actual),
                        Arrays.toString(expected))
                .isEqualTo(Arrays.stream(expected).mapToLong(Double::doubleToLongBits).toArray());
    }

    private static long bits(double value) {
        return Double.doubleToLongBits(value);
    }

    @Provide
    Arbitrary<double[]> points() {
        Arbitrary<Double> coordinate = Arbitraries.oneOf(Arbitraries.of(toList(SPECIAL)),
                Arbitraries.doubles().between(-10, 10));
        return coordinate.array(double[].class).ofSize(DIMENSION);
    }

    @Provide
    Arbitrary<Node> expressions() {
        return expression(4);
    }

    private Arbitrary<Node> expression(int depth) {
        Arbitrary<Node> leaf = Arbitraries.oneOf(
                Arbitraries.of(Trees.X, Trees.Y, Trees.v("z", 2), Trees.PI, Trees.E),
                Arbitraries.of(toList(SPECIAL)).map(Trees::n));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Node> inner = Arbitraries.lazy(() -> expression(depth - 1));
        List<BuiltIn> unary = new ArrayList<>();
        for (BuiltIn function : BuiltIn.values()) {
            if (function.arity() == 1) {
                unary.add(function);
            }
        }
        return Arbitraries.frequencyOf(
                Tuple.of(2, leaf),
                Tuple.of(1, inner.map(Node.Negate::new)),
                Tuple.of(3, Arbitraries.of(unary).flatMap(f -> inner.map(a -> Trees.call(f, a)))),
                Tuple.of(4, Arbitraries.of(Operator.values()).flatMap(
                        op -> inner.flatMap(a -> inner.map(b -> (Node) new Node.Binary(op, a, b))))),
                Tuple.of(1, inner.flatMap(a -> inner.map(b -> Trees.call(BuiltIn.POW, a, b)))));
    }

    private static List<Double> toList(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
