package gdviz.core.expr;

import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/** Eighth-order central differences: error O(h^8), the reference the exact derivatives are checked against. */
final class CentralDifference {

    private static final double[] WEIGHTS = {4.0 / 5, -1.0 / 5, 4.0 / 105, -1.0 / 280};
    private static final double STEP = 1e-3;

    private CentralDifference() {
    }

    /** ∂g/∂x_i at {@code point}. */
    static double partial(ToDoubleFunction<double[]> g, double[] point, int i) {
        double h = step(point[i]);
        double sum = 0;
        for (int k = 1; k <= WEIGHTS.length; k++) {
            sum += WEIGHTS[k - 1] * (g.applyAsDouble(shifted(point, i, k * h)) - g.applyAsDouble(shifted(point, i, -k * h)));
        }
        return sum / h;
    }

    /** Every point {@link #partial} evaluates at, for any coordinate. */
    static Stream<double[]> stencil(double[] point) {
        Stream.Builder<double[]> points = Stream.builder();
        for (int i = 0; i < point.length; i++) {
            double h = step(point[i]);
            for (int k = -WEIGHTS.length; k <= WEIGHTS.length; k++) {
                points.add(shifted(point, i, k * h));
            }
        }
        return points.build();
    }

    private static double step(double coordinate) {
        return STEP * Math.max(1, Math.abs(coordinate));
    }

    private static double[] shifted(double[] point, int i, double by) {
        double[] p = point.clone();
        p[i] += by;
        return p;
    }
}
