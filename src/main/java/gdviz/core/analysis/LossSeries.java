package gdviz.core.analysis;

import gdviz.core.descent.Trajectory;
import gdviz.core.presets.KnownMinimum;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How far from done a run is at each iteration, for a loss chart on a log axis: f − f_min when the lowest
 * value of f is known (a preset's minima), otherwise |∇f|, which also falls to 0 at a minimum.
 *
 * <p>A log axis cannot show 0 or less, yet f − f_min reaches 0, or dips below it by rounding, at the minimum,
 * and |∇f| is exactly 0 at a stationary start. Such values are replaced by {@link #floor()}: a tenth of the
 * smallest positive value of the series, so they show as a step down below everything else, or 1e-16 (the
 * relative precision of doubles) when no value is positive. NaN and infinite values are left as they are, for
 * the chart to skip. Immutable.
 */
public final class LossSeries {

    /** What the values measure. */
    public enum Kind {
        /** f − f_min, the gap to the lowest known value. */
        GAP_TO_MINIMUM("f \u2212 f_min"),
        /** |∇f|, the gradient norm. */
        GRADIENT_NORM("|\u2207f|");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The axis label: "f − f_min" or "|∇f|". */
        public String label() {
            return label;
        }
    }

    /** The floor when no value of a series is positive. */
    public static final double FLOOR_WITHOUT_POSITIVE_VALUES = 1e-16;

    private final Kind kind;
    private final double reference;
    private final double[] values;
    private final double floor;

    private LossSeries(Kind kind, double reference, double[] raw) {
        this.kind = kind;
        this.reference = reference;
        double smallest = Double.POSITIVE_INFINITY;
        for (double v : raw) {
            if (v > 0 && v < smallest) {
                smallest = v;
            }
        }
        this.floor = smallest == Double.POSITIVE_INFINITY ? FLOOR_WITHOUT_POSITIVE_VALUES : smallest / 10;
        this.values = raw;
        for (int k = 0; k < values.length; k++) {
            if (values[k] <= 0) {
                values[k] = floor;
            }
        }
    }

    /**
     * The gap to the lowest of {@code minima} when there are any, else the gradient norm.
     *
     * @param run    a finished run
     * @param minima the function's known minima, such as a preset's; may be empty
     */
    public static LossSeries of(Trajectory run, List<KnownMinimum> minima) {
        OptionalDouble fMin = minima.stream().mapToDouble(KnownMinimum::value).min();
        return fMin.isPresent() ? gapTo(run, fMin.getAsDouble()) : gradientNorms(run);
    }

    /**
     * f − f_min at every iteration.
     *
     * @param fMin the lowest value of f; finite
     */
    public static LossSeries gapTo(Trajectory run, double fMin) {
        if (!Double.isFinite(fMin)) {
            throw new IllegalArgumentException("the lowest value of f must be finite, got " + fMin);
        }
        double[] gaps = new double[run.size()];
        for (int k = 0; k < gaps.length; k++) {
            gaps[k] = run.value(k) - fMin;
        }
        return new LossSeries(Kind.GAP_TO_MINIMUM, fMin, gaps);
    }

    /** |∇f| at every iteration. */
    public static LossSeries gradientNorms(Trajectory run) {
        double[] norms = new double[run.size()];
        for (int k = 0; k < norms.length; k++) {
            norms[k] = run.gradientNorm(k);
        }
        return new LossSeries(Kind.GRADIENT_NORM, Double.NaN, norms);
    }

    /** What the values measure. */
    public Kind kind() {
        return kind;
    }

    /** f_min for {@link Kind#GAP_TO_MINIMUM}, NaN for {@link Kind#GRADIENT_NORM}. */
    public double reference() {
        return reference;
    }

    /** The number of values, one per row of the run. */
    public int size() {
        return values.length;
    }

    /**
     * The value at iteration k: positive, NaN or infinite, never 0 or less.
     *
     * @param iteration 0 ≤ iteration &lt; {@link #size()}
     */
    public double value(int iteration) {
        return values[Objects.checkIndex(iteration, values.length)];
    }

    /** All values; a copy. */
    public double[] values() {
        return values.clone();
    }

    /** What replaced values of 0 or less. */
    public double floor() {
        return floor;
    }
}
