package gdviz.core.descent;

import gdviz.core.DifferentiableFunction;
import java.util.List;

/**
 * Hand-written functions with their exact gradients, so the engine can be tested apart from the
 * expression parser. The Hessian is not used by descent and is deliberately unavailable.
 */
final class Fixture implements DifferentiableFunction {

    interface Value {
        double at(double[] w);
    }

    interface Gradient {
        void at(double[] w, double[] gradient);
    }

    private final List<String> variables;
    private final Value value;
    private final Gradient gradient;

    Fixture(List<String> variables, Value value, Gradient gradient) {
        this.variables = List.copyOf(variables);
        this.value = value;
        this.gradient = gradient;
    }

    /** f = 2x², the first seed's example. */
    static Fixture twoXSquared() {
        return new Fixture(List.of("x"), w -> 2 * w[0] * w[0], (w, g) -> g[0] = 4 * w[0]);
    }

    /** f = x². */
    static Fixture square(String name) {
        return new Fixture(List.of(name), w -> w[0] * w[0], (w, g) -> g[0] = 2 * w[0]);
    }

    /** f = w1² + w2². */
    static Fixture sumOfSquares() {
        return new Fixture(List.of("w1", "w2"), w -> w[0] * w[0] + w[1] * w[1], (w, g) -> {
            g[0] = 2 * w[0];
            g[1] = 2 * w[1];
        });
    }

    /** f = x² + xy + y², gradient (2x + y, 2y + x). */
    static Fixture coupledBowl() {
        return new Fixture(List.of("x", "y"), w -> w[0] * w[0] + w[0] * w[1] + w[1] * w[1], (w, g) -> {
            g[0] = 2 * w[0] + w[1];
            g[1] = 2 * w[1] + w[0];
        });
    }

    /** f = x − ln x, minimum at x = 1, NaN for x &lt; 0. */
    static Fixture xMinusLog() {
        return new Fixture(List.of("x"), w -> w[0] - Math.log(w[0]), (w, g) -> g[0] = 1 - 1 / w[0]);
    }

    /** f = √x, NaN for x &lt; 0. */
    static Fixture squareRoot() {
        return new Fixture(List.of("x"), w -> Math.sqrt(w[0]), (w, g) -> g[0] = 0.5 / Math.sqrt(w[0]));
    }

    @Override
    public List<String> variables() {
        return variables;
    }

    @Override
    public double value(double... point) {
        return value.at(point);
    }

    @Override
    public double valueAndGradient(double[] point, double[] gradient) {
        this.gradient.at(point, gradient);
        return value.at(point);
    }

    @Override
    public double valueGradientHessian(double[] point, double[] gradient, double[] hessian) {
        throw new UnsupportedOperationException("descent needs no Hessian");
    }
}
