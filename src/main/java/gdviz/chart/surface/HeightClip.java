package gdviz.chart.surface;

/**
 * Cuts a triangle of points (x, y, f) to a slab floor ≤ f ≤ top, one plane after the other (Sutherland–Hodgman),
 * leaving a convex polygon of at most five corners with no corner repeated. Reuses its buffers, so one instance
 * serves a whole mesh; not thread-safe.
 */
final class HeightClip {

    private static final int MAX_CORNERS = 8;

    private final double[][] input = new double[3][];
    private final double[][] first = new double[3][MAX_CORNERS];
    private final double[][] second = new double[3][MAX_CORNERS];
    private int count;

    /**
     * Clips the triangle with corners (xs[k], ys[k], fs[k]) to [floor, top]; the outcome is then read with
     * {@link #count()} and {@link #x(int)}, {@link #y(int)}, {@link #f(int)}.
     */
    void clip(double[] xs, double[] ys, double[] fs, double floor, double top) {
        input[0] = xs;
        input[1] = ys;
        input[2] = fs;
        int n = cut(input, 3, first, floor, true);
        count = withoutRepeats(second, cut(first, n, second, top, false));
    }

    /** The corners left after the last clip; below 3 means no area of the triangle lies in the slab. */
    int count() {
        return count;
    }

    double x(int k) {
        return second[0][k];
    }

    double y(int k) {
        return second[1][k];
    }

    double f(int k) {
        return second[2][k];
    }

    /** Keeps the part of polygon {@code in} on the inner side of the plane f = {@code level}. */
    private static int cut(double[][] in, int n, double[][] out, double level, boolean keepAbove) {
        int kept = 0;
        for (int k = 0; k < n; k++) {
            int next = (k + 1) % n;
            double fk = in[2][k];
            double fn = in[2][next];
            boolean inside = keepAbove ? fk >= level : fk <= level;
            boolean nextInside = keepAbove ? fn >= level : fn <= level;
            if (inside) {
                copy(in, k, out, kept++);
            }
            if (inside != nextInside) {
                double t = (level - fk) / (fn - fk);
                out[0][kept] = in[0][k] + t * (in[0][next] - in[0][k]);
                out[1][kept] = in[1][k] + t * (in[1][next] - in[1][k]);
                out[2][kept] = level;
                kept++;
            }
        }
        return kept;
    }

    /**
     * Drops corners equal to the one before (a plane through a corner yields it twice): Orson shades a face by
     * the normal of its first three corners, which a repeated corner would make undefined and paint black.
     */
    private static int withoutRepeats(double[][] polygon, int n) {
        int kept = 0;
        for (int k = 0; k < n; k++) {
            boolean repeat = kept > 0 && same(polygon, k, kept - 1);
            if (!repeat) {
                copy(polygon, k, polygon, kept++);
            }
        }
        while (kept > 1 && same(polygon, kept - 1, 0)) {
            kept--;
        }
        return kept;
    }

    private static boolean same(double[][] p, int a, int b) {
        return p[0][a] == p[0][b] && p[1][a] == p[1][b] && p[2][a] == p[2][b];
    }

    private static void copy(double[][] from, int k, double[][] to, int at) {
        to[0][at] = from[0][k];
        to[1][at] = from[1][k];
        to[2][at] = from[2][k];
    }
}
