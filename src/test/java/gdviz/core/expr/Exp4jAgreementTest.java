package gdviz.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;

/**
 * Random texts from the language's pieces: whatever we accept must mean what exp4j 0.4.8 means — our
 * tree, evaluated exp4j's way, gives exp4j's value to the bit — and whatever we reject must be rejected
 * with an {@link ExpressionException}, never another exception.
 */
class Exp4jAgreementTest {

    private static final List<String> ATOMS = List.of("x", "y", "2", "3.5", "1e-3", "0", "e", "pi", "2x", "xy",
            "-x", "+y", "x y");
    private static final List<String> OPERATORS = List.of("+", "-", "*", "/", "%", "^", " ", "", "^-", "**", "*-");
    private static final List<String> WRAPPERS = List.of("(%s)", "sin(%s)", "exp(%s)", "sqrt(%s)", "abs(%s)",
            "pow(%s, x)", "pow(y, %s)", "2(%s)", "(%s)(x-1)", "%s", "%s");
    private static final List<String> STRAY = List.of("(", ")", ",", "]", "**", "+", "sin", "");
    private static final double[][] POINTS = {{0.7, -1.3}, {-2.25, 0.5}, {3, 4}};

    /** Mostly well-formed texts built from operands and operators, sometimes with a stray piece inserted. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> inner = chain(Arbitraries.of(ATOMS));
        Arbitrary<String> wrapped = Arbitraries.of(WRAPPERS).flatMap(w -> inner.map(t -> String.format(w, t)));
        Arbitrary<String> outer = chain(Arbitraries.oneOf(Arbitraries.of(ATOMS), wrapped));
        return Combinators.combine(outer, Arbitraries.of(STRAY), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 3)).as((text, stray, where, dice) -> {
                    int at = (int) (where * text.length());
                    return dice == 0 ? text.substring(0, at) + stray + text.substring(at) : text;
                });
    }

    private static Arbitrary<String> chain(Arbitrary<String> operands) {
        Arbitrary<String> tail = Arbitraries.of(OPERATORS).flatMap(op -> operands.map(o -> op + o));
        return operands.flatMap(first -> tail.list().ofMaxSize(4).map(rest -> first + String.join("", rest)));
    }

    @Property(tries = 3000)
    @StatisticsReport(format = Histogram.class)
    void acceptedTextsMeanWhatExp4jMeans(@ForAll("texts") String text) {
        ParsedFunction parsed;
        try {
            parsed = FunctionParser.parse(text, List.of("x", "y"));
            Statistics.collect(true);
        } catch (ExpressionException e) {
            Statistics.collect(false);
            assertThat(e.getMessage()).doesNotContain("could not be read").doesNotContain("\n");
            return;
        } finally {
            // enough accepted texts that the comparison with exp4j means something
            Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p > 10));
        }
        Expression exp4j = new ExpressionBuilder(text).variables("x", "y").build();
        CompiledFunction f = parsed.compile();
        for (double[] p : POINTS) {
            Double theirs = exp4jValue(exp4j, p);
            if (theirs != null) {
                assertThat(TreeEvaluator.evaluate(parsed.root(), p)).as(text + " at " + p[0] + ", " + p[1])
                        .isEqualTo(theirs);
            }
            assertThatCode(() -> f.valueGradientHessian(p, new double[2], new double[4])).doesNotThrowAnyException();
        }
    }

    /** exp4j's value, or null where it throws (it does on division by zero). */
    private static Double exp4jValue(Expression exp4j, double[] p) {
        try {
            return exp4j.setVariable("x", p[0]).setVariable("y", p[1]).evaluate();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
