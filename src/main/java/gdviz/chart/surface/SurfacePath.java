package gdviz.chart.surface;

import gdviz.core.descent.Trajectory;
import java.util.Arrays;
import java.util.Objects;

/**
 * The descent points shown on the surface: steps 0 to the current one, in the (x, y) plane. Heights are not
 * stored but taken from the surface's own function when drawn, so the path always lies on the drawn surface.
 * Mutable and reused from frame to frame; confine it to one thread.
 */
final class SurfacePath {

    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int size;

    /**
     * Shows steps 0 to {@code current} of {@code trajectory}.
     *
     * @param trajectory a run of a two-variable function, coordinates in the surface's (x, y) order
     * @param current    the last step to show, 0 ≤ current &lt; trajectory.size()
     */
    void show(Trajectory trajectory, int current) {
        Objects.requireNonNull(trajectory, "trajectory");
        if (trajectory.dimension() != 2) {
            throw new IllegalArgumentException("a surface shows paths of two variables, not " + trajectory.dimension());
        }
        Objects.checkIndex(current, trajectory.size());
        int count = current + 1;
        if (xs.length < count) {
            xs = Arrays.copyOf(xs, Math.max(count, 2 * xs.length));
            ys = Arrays.copyOf(ys, xs.length);
        }
        for (int k = 0; k < count; k++) {
            xs[k] = trajectory.coordinate(k, 0);
            ys[k] = trajectory.coordinate(k, 1);
        }
        size = count;
    }

    void clear() {
        size = 0;
    }

    /** The number of points shown; 0 for no path. */
    int size() {
        return size;
    }

    double x(int k) {
        return xs[Objects.checkIndex(k, size)];
    }

    double y(int k) {
        return ys[Objects.checkIndex(k, size)];
    }
}
