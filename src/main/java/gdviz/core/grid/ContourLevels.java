package gdviz.core.grid;

/**
 * Choices of contour levels between the smallest and largest sampled value.
 *
 * <p>Linear levels suit bowls; logarithmic levels suit functions whose values span many orders of magnitude
 * (Rosenbrock's valley floor is near 0 while its walls reach thousands), so they space levels geometrically
 * in the height above the minimum.
 */
public final class ContourLevels {

    /** The smallest logarithmic level above the minimum, as a fraction of the range. */
    static final double LOG_FLOOR_FRACTION = 1e-4;

    private ContourLevels() {
    }

    /** {@code count} levels evenly spaced strictly inside (min, max). */
    public static double[] linear(double min, double max, int count) {
        requireRange(min, max, count);
        double[] levels = new double[count];
        double step = (max - min) / (count + 1);
        for (int k = 0; k < count; k++) {
            levels[k] = min + (k + 1) * step;
        }
        return levels;
    }

    /**
     * {@code count} levels min + h_k with heights h_k spaced geometrically from {@link #LOG_FLOOR_FRACTION} of the
     * range up to the range itself, each level strictly inside (min, max].
     */
    public static double[] logarithmic(double min, double max, int count) {
        requireRange(min, max, count);
        double range = max - min;
        double lowest = Math.log(range * LOG_FLOOR_FRACTION);
        double highest = Math.log(range);
        double[] levels = new double[count];
        for (int k = 0; k < count; k++) {
            double t = count == 1 ? 1 : (double) k / (count - 1);
            levels[k] = min + Math.exp(lowest + t * (highest - lowest));
        }
        levels[count - 1] = Math.min(levels[count - 1], max);
        return levels;
    }

    /**
     * The band between levels that holds {@code value}: the number of levels at or below it, which is also the
     * index of the first level above it.
     *
     * @param levels strictly ascending
     * @param value  a finite number
     */
    public static int band(double[] levels, double value) {
        int lo = 0;
        int hi = levels.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (levels[mid] > value) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * As {@link #band(double[], double)}, first trying band {@code near}: neighbouring samples and cells mostly
     * lie between the same two levels, and two comparisons then replace a search.
     *
     * @param near a band, 0 to levels.length
     */
    public static int band(double[] levels, double value, int near) {
        boolean aboveLower = near == 0 || levels[near - 1] <= value;
        boolean belowUpper = near == levels.length || value < levels[near];
        return aboveLower && belowUpper ? near : band(levels, value);
    }

    /**
     * {@code levels} itself, once checked to be finite and strictly ascending.
     *
     * @throws IllegalArgumentException naming the first level that is not a finite number or not above the one before
     */
    public static double[] requireAscending(double[] levels) {
        for (int k = 0; k < levels.length; k++) {
            if (!Double.isFinite(levels[k])) {
                throw new IllegalArgumentException("contour level " + (k + 1) + " must be a finite number, not "
                        + levels[k]);
            }
            if (k > 0 && !(levels[k] > levels[k - 1])) {
                throw new IllegalArgumentException("contour levels must rise: level " + (k + 1) + " (" + levels[k]
                        + ") is not above level " + k + " (" + levels[k - 1] + ")");
            }
        }
        return levels;
    }

    private static void requireRange(double min, double max, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one contour level is needed");
        }
        if (!(Double.isFinite(min) && Double.isFinite(max) && max > min)) {
            throw new IllegalArgumentException("contour levels need a finite range, not " + min + " to " + max);
        }
    }
}
