package gdviz.core.grid;

import gdviz.core.DifferentiableFunction;
import java.util.stream.IntStream;

/**
 * The values of a two-variable function on a regular grid over a domain: sampled once, read many times.
 *
 * <p>Row {@code j} holds y = yMin + j·dy (bottom to top), column {@code i} holds x = xMin + i·dx. Values outside
 * the function's domain are NaN and stay so; {@link #min()} and {@link #max()} ignore them.
 */
public final class SampledGrid {

    private final Domain domain;
    private final int columns;
    private final int rows;
    private final double[] values;
    private final double min;
    private final double max;

    private SampledGrid(Domain domain, int columns, int rows, double[] values, double min, double max) {
        this.domain = domain;
        this.columns = columns;
        this.rows = rows;
        this.values = values;
        this.min = min;
        this.max = max;
    }

    /**
     * Samples {@code f} on {@code columns × rows} points spanning {@code domain} edge to edge, rows in parallel.
     *
     * @param f       a function of exactly two variables, called as f(x, y)
     * @param columns samples along x, at least 2
     * @param rows    samples along y, at least 2
     */
    public static SampledGrid sample(DifferentiableFunction f, Domain domain, int columns, int rows) {
        if (f.dimension() != 2) {
            throw new IllegalArgumentException("a grid needs a function of two variables, not " + f.dimension());
        }
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 × 2 samples");
        }
        double[] values = new double[columns * rows];
        double dx = spacing(domain.width(), columns);
        double dy = spacing(domain.height(), rows);
        // Each row's smallest and largest finite value, found while the row is fresh in the cache.
        double[] rowMin = new double[rows];
        double[] rowMax = new double[rows];
        IntStream.range(0, rows).parallel().forEach(j -> {
            double[] point = new double[2];
            point[1] = domain.yMin() + j * dy;
            int offset = j * columns;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < columns; i++) {
                point[0] = domain.xMin() + i * dx;
                double v = f.value(point);
                values[offset + i] = v;
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            rowMin[j] = lo;
            rowMax[j] = hi;
        });
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < rows; j++) {
            min = Math.min(min, rowMin[j]);
            max = Math.max(max, rowMax[j]);
        }
        return new SampledGrid(domain, columns, rows, values, min, max);
    }

    public Domain domain() {
        return domain;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** All samples row by row, for tracing in this package without a call per sample; never modify. */
    double[] values() {
        return values;
    }

    /** The sampled value at column {@code i}, row {@code j}. */
    public double value(int i, int j) {
        return values[j * columns + i];
    }

    /** Where column {@code i} was sampled: the very x the function was given, to the last bit. */
    public double x(int i) {
        return domain.xMin() + i * spacing(domain.width(), columns);
    }

    /** Where row {@code j} was sampled: the very y the function was given, to the last bit. */
    public double y(int j) {
        return domain.yMin() + j * spacing(domain.height(), rows);
    }

    /** The distance between neighbouring samples; {@link #sample} and {@link #x}/{@link #y} share it. */
    private static double spacing(double span, int samples) {
        return span / (samples - 1);
    }

    /** The smallest finite sample, or +Infinity when none is finite. */
    public double min() {
        return min;
    }

    /** The largest finite sample, or -Infinity when none is finite. */
    public double max() {
        return max;
    }

    /** Whether at least one sample is a finite number. */
    public boolean hasFiniteValues() {
        return min <= max;
    }
}
