package gdviz.chart.surface;

import gdviz.core.grid.SampledGrid;
import java.util.Arrays;

/**
 * The span of the surface's f axis. The surface is cut flat where f leaves it, and path points outside it are
 * left out, so a range below the largest value clips the tall walls of wide-range functions such as Rosenbrock.
 *
 * @param min the floor of the f axis, finite
 * @param max the top of the f axis, finite and greater than {@code min}
 */
public record HeightRange(double min, double max) {

    /**
     * The share of the sampled span added below the lowest sample (and above the highest when nothing is
     * clipped): minima that fall between grid points lie a little below the lowest sample and must stay inside.
     */
    static final double MARGIN = 0.04;

    /**
     * {@link #readable(SampledGrid)} clips when the median lies in the lowest 7 % of the sampled span. The
     * presets show the split: Rosenbrock (5.8 %), six-hump camel (6 %) and Beale (0.2 %) are flat valleys under
     * a few tall walls, while bowls such as Booth (9.3 %) or Matyas (9.5 %) read well uncut.
     */
    static final double SKEWED_MEDIAN = 0.07;

    /** The percentile {@link #readable(SampledGrid)} clips at. */
    static final double READABLE_PERCENTILE = 90;

    public HeightRange {
        if (!(Double.isFinite(min) && Double.isFinite(max) && max > min)) {
            throw new IllegalArgumentException("the f range must run from a smaller to a larger finite number, not "
                    + min + " to " + max);
        }
    }

    /** The whole sampled range with a small margin on both sides; a unit range around 0 when nothing is finite. */
    public static HeightRange covering(SampledGrid grid) {
        if (!grid.hasFiniteValues()) {
            return new HeightRange(-1, 1);
        }
        return padded(grid.min(), grid.max(), true);
    }

    /**
     * From just below the lowest sample up to the given percentile of the finite samples (nearest rank).
     *
     * @param percentile in (0, 100]; 100 keeps the largest sample as the top
     */
    public static HeightRange clippedAtPercentile(SampledGrid grid, double percentile) {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("a percentile must lie in (0, 100], not " + percentile);
        }
        double[] sorted = finiteSorted(grid);
        if (sorted.length == 0) {
            return covering(grid);
        }
        return padded(sorted[0], nearestRank(sorted, percentile), false);
    }

    /**
     * {@link #covering(SampledGrid)} for most functions; {@link #clippedAtPercentile(SampledGrid, double) clipped
     * at the 90th percentile} when most samples crowd the bottom of the range, so that a flat valley under a few
     * tall walls keeps its shape instead of lying flat on the floor of the box.
     */
    public static HeightRange readable(SampledGrid grid) {
        double[] sorted = finiteSorted(grid);
        if (sorted.length == 0) {
            return covering(grid);
        }
        double lowest = sorted[0];
        double span = sorted[sorted.length - 1] - lowest;
        double median = nearestRank(sorted, 50);
        if (span > 0 && (median - lowest) / span < SKEWED_MEDIAN) {
            return padded(lowest, nearestRank(sorted, READABLE_PERCENTILE), false);
        }
        return covering(grid);
    }

    /**
     * This range with another top.
     *
     * @param top finite and greater than {@link #min()}
     */
    public HeightRange withMax(double top) {
        return new HeightRange(min, top);
    }

    public double span() {
        return max - min;
    }

    /** Whether f lies within the range, ends included; false for NaN. */
    public boolean contains(double f) {
        return f >= min && f <= max;
    }

    private static HeightRange padded(double low, double high, boolean padTop) {
        double span = high - low;
        if (span <= 0) {
            // A flat function still needs a box with some height: one unit, or a tenth of its size.
            double half = Math.max(0.5, Math.abs(low) * 0.05);
            return new HeightRange(low - half, high + half);
        }
        return new HeightRange(low - MARGIN * span, padTop ? high + MARGIN * span : high);
    }

    private static double[] finiteSorted(SampledGrid grid) {
        double[] values = new double[grid.columns() * grid.rows()];
        int n = 0;
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < grid.columns(); i++) {
                double v = grid.value(i, j);
                if (Double.isFinite(v)) {
                    values[n++] = v;
                }
            }
        }
        double[] finite = Arrays.copyOf(values, n);
        Arrays.sort(finite);
        return finite;
    }

    private static double nearestRank(double[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
