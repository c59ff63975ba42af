package gdviz.bench;

import gdviz.core.DifferentiableFunction;
import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.core.grid.Domain;
import java.util.concurrent.TimeUnit;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One pass over a 1000 × 1000 grid of the function's preset region, evaluated five ways: the compiled evaluator,
 * hand-written Java, exp4j's own {@code evaluate()}, and value with gradient compiled and by hand. Each pass
 * returns the sum of what it computed, so none of the work can be left out by the JIT.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvalBenchmark {

    /** Grid points along each side. */
    static final int SIDE = 1000;

    @Param({"BOWL", "ROSENBROCK", "HIMMELBLAU", "RASTRIGIN"})
    public String function;

    private BenchFunction hand;
    private DifferentiableFunction compiled;
    private Expression exp4j;
    private double[] xs;
    private double[] ys;

    @Setup(Level.Trial)
    public void setUp() throws ExpressionException {
        hand = BenchFunction.valueOf(function);
        compiled = FunctionParser.parse(hand.text()).compile();
        exp4j = new ExpressionBuilder(hand.text()).variables("x", "y").build();
        Domain d = hand.domain();
        xs = axis(d.xMin(), d.xMax());
        ys = axis(d.yMin(), d.yMax());
    }

    private static double[] axis(double from, double to) {
        double[] a = new double[SIDE];
        for (int i = 0; i < SIDE; i++) {
            a[i] = from + (to - from) * i / (SIDE - 1);
        }
        return a;
    }

    @Benchmark
    public double compiledValue() {
        double[] p = new double[2];
        double sum = 0;
        for (double y : ys) {
            p[1] = y;
            for (double x : xs) {
                p[0] = x;
                sum += compiled.value(p);
            }
        }
        return sum;
    }

    @Benchmark
    public double handValue() {
        double[] p = new double[2];
        double sum = 0;
        for (double y : ys) {
            p[1] = y;
            for (double x : xs) {
                p[0] = x;
                sum += hand.value(p);
            }
        }
        return sum;
    }

    @Benchmark
    public double exp4jValue() {
        double sum = 0;
        for (double y : ys) {
            exp4j.setVariable("y", y);
            for (double x : xs) {
                sum += exp4j.setVariable("x", x).evaluate();
            }
        }
        return sum;
    }

    @Benchmark
    public double compiledGradient() {
        double[] p = new double[2];
        double[] g = new double[2];
        double sum = 0;
        for (double y : ys) {
            p[1] = y;
            for (double x : xs) {
                p[0] = x;
                sum += compiled.valueAndGradient(p, g) + g[0] + g[1];
            }
        }
        return sum;
    }

    @Benchmark
    public double handGradient() {
        double[] p = new double[2];
        double[] g = new double[2];
        double sum = 0;
        for (double y : ys) {
            p[1] = y;
            for (double x : xs) {
                p[0] = x;
                sum += hand.valueAndGradient(p, g) + g[0] + g[1];
            }
        }
        return sum;
    }
}
