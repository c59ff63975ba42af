package gdviz.core.expr;

import static gdviz.core.expr.Trees.add;
import static gdviz.core.expr.Trees.call;
import static gdviz.core.expr.Trees.div;
import static gdviz.core.expr.Trees.mod;
import static gdviz.core.expr.Trees.mul;
import static gdviz.core.expr.Trees.n;
import static gdviz.core.expr.Trees.neg;
import static gdviz.core.expr.Trees.pow;
import static gdviz.core.expr.Trees.sub;
import static gdviz.core.expr.Trees.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionPrinterTest {

    private static final Node A = v("a", 0);
    private static final Node B = v("b", 1);
    private static final Node C = v("c", 2);
    private static final String[] NAMES = {"a", "b", "c"};
    /** a = 2 tells (-2)^a from -2^a. */
    private static final double[] POINT = {2, 0.6, 2.3};

    static Stream<Arguments> trees() {
        return Stream.of(
                arguments(add(mul(n(2), A), B), "2*a + b"),
                arguments(sub(pow(A, 2), mul(mul(n(3), A), B)), "a^2 - 3*a*b"),
                arguments(neg(call(BuiltIn.SIN, A)), "-sin(a)"),
                arguments(mul(n(2), call(BuiltIn.COS, mul(n(2), A))), "2*cos(2*a)"),
                arguments(pow(add(A, n(1)), 2), "(a + 1)^2"),
                arguments(neg(pow(A, 2)), "-a^2"),
                arguments(pow(neg(A), 2), "(-a)^2"),
                arguments(pow(n(-2), A), "(-2)^a"),
                arguments(pow(pow(A, B), C), "(a^b)^c"),
                arguments(pow(A, pow(B, C)), "a^b^c"),
                arguments(pow(A, neg(B)), "a^(-b)"),
                arguments(pow(A, mul(B, C)), "a^(b*c)"),
                arguments(sub(A, sub(B, C)), "a - (b - c)"),
                arguments(sub(sub(A, B), C), "a - b - c"),
                arguments(sub(A, add(B, C)), "a - (b + c)"),
                arguments(add(A, sub(B, C)), "a + (b - c)"),
                arguments(sub(A, neg(B)), "a - (-b)"),
                arguments(add(A, n(-2)), "a + (-2)"),
                arguments(div(A, mul(B, C)), "a/(b*c)"),
                arguments(mul(div(A, B), C), "a/b*c"),
                arguments(div(div(A, B), C), "a/b/c"),
                arguments(div(A, div(B, C)), "a/(b/c)"),
                arguments(mul(A, neg(B)), "a*(-b)"),
                arguments(mul(mod(A, B), C), "a%b*c"),
                arguments(mod(A, mul(B, C)), "a%(b*c)"),
                arguments(mod(mul(A, B), C), "a*b%c"),
                arguments(mul(A, mod(B, C)), "a*(b%c)"),
                arguments(add(A, mod(B, C)), "a + b%c"),
                arguments(mod(add(A, B), C), "(a + b)%c"),
                arguments(neg(add(A, B)), "-(a + b)"),
                arguments(neg(neg(A)), "-(-a)"),
                arguments(neg(n(-2)), "-(-2)"),
                arguments(neg(mul(call(BuiltIn.SIN, A), call(BuiltIn.SIN, B))), "-sin(a)*sin(b)"),
                arguments(pow(neg(mul(A, B)), 2), "(-a*b)^2"),
                arguments(add(neg(A), B), "-a + b"),
                arguments(call(BuiltIn.POW, neg(A), n(2)), "pow(-a, 2)"),
                arguments(call(BuiltIn.LOG, mul(Trees.E, Trees.PI)), "log(e*pi)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("trees")
    void printsWithTheParenthesesExp4jNeedsAndNoMore(Node tree, String expected) {
        String text = ExpressionPrinter.print(tree);
        assertThat(text).isEqualTo(expected);
        assertThat(Exp4j.evaluate(text, NAMES, POINT)).isEqualTo(TreeEvaluator.evaluate(tree, POINT));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "2.0, 2", "-2.5, -2.5", "0.5, 0.5", "0.1, 0.1", "1e-10, 1e-10", "1e-7, 1e-7", "0.000001, 0.000001",
        "123.456, 123.456", "1e15, 1000000000000000", "1e16, 1e16", "1.5e20, 1.5e20",
        "0.3333333333333333, 0.3333333333333333", "4.9e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e308",
        "Infinity, 1e999", "-0.0, -0"})
    void printsNumbersInTheShortestFormThatReadsBack(double value, String expected) {
        assertThat(ExpressionPrinter.print(n(value))).isEqualTo(expected);
        assertThat(Exp4j.evaluate(expected)).isEqualTo(value);
    }

    @Property
    void everyDoubleReadsBackExactly(@ForAll("anyFiniteDouble") double value) {
        String text = ExpressionPrinter.print(n(value));
        assertThat(Exp4j.evaluate(text)).isEqualTo(value);
        assertThat(text.replaceAll("^-|e.*$|\\.", "").replaceAll("^0+", "")).hasSizeLessThanOrEqualTo(17);
    }

    @Provide
    Arbitrary<Double> anyFiniteDouble() {
        return Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    }

    @Test
    void refusesNaNWithAOneLineReason() {
        assertThatThrownBy(() -> ExpressionPrinter.print(n(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NaN cannot be written as an exp4j number");
    }
}
