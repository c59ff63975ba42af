package gdviz.core.analysis;

import gdviz.core.DifferentiableFunction;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why a learning rate overshoots, read off the Hessian H at a point.
 *
 * <p>Near a minimum f is close to a quadratic, and one step of plain gradient descent multiplies the distance
 * to the minimum along each eigenvector of H by (1 − α·λ). That factor turns negative, so steps jump across
 * the valley and back, once α &gt; 1/λ_max ({@link #oscillationRate()}); its size exceeds 1, so steps grow
 * without bound, once α &gt; 2/λ_max ({@link #maxStableRate()}); and the slowest direction is as fast as it can
 * be at α = 2/(λ_min + λ_max) ({@link #optimalRate()}), where the factors of the flattest and the steepest
 * direction are equal and opposite. For x² + xy + y² the eigenvalues are 1 and 3, so the three rates are 1/3,
 * 2/3 and 1/2. The marks describe plain gradient descent; optimisers with momentum or per-coordinate scaling
 * have other limits.
 *
 * <p>Immutable; accessors return copies.
 */
public final class StabilityAnalysis {

    static final String NOT_FINITE = "the Hessian is not finite here";
    static final String NO_POSITIVE_EIGENVALUE = "the Hessian has no positive eigenvalue";
    static final String SMALLEST_NOT_POSITIVE = "the smallest eigenvalue is not positive";

    private final List<String> variables;
    private final double[] point;
    private final double value;
    private final double[] gradient;
    private final double[] hessian;
    private final double[] eigenvalues;

    private StabilityAnalysis(List<String> variables, double[] point, double value, double[] gradient,
            double[] hessian) {
        this.variables = List.copyOf(variables);
        this.point = point;
        this.value = value;
        this.gradient = gradient;
        this.hessian = hessian;
        this.eigenvalues = SymmetricEigenvalues.ascending(hessian, point.length);
    }

    /**
     * Evaluates f, its gradient and its Hessian at {@code point} and the eigenvalues of the Hessian.
     *
     * @param f     the function; not null
     * @param point one finite coordinate per variable of {@code f}; not modified
     * @throws IllegalArgumentException if {@code point} has the wrong length or a non-finite coordinate
     */
    public static StabilityAnalysis at(DifferentiableFunction f, double[] point) {
        Objects.requireNonNull(f, "f");
        int n = f.dimension();
        if (point.length != n) {
            throw new IllegalArgumentException("the point has " + point.length + " coordinates but the function has "
                    + n + " variables " + f.variables());
        }
        for (double x : point) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("the point must be finite, got " + Arrays.toString(point));
            }
        }
        double[] at = point.clone();
        double[] gradient = new double[n];
        double[] hessian = new double[n * n];
        double value = f.valueGradientHessian(at, gradient, hessian);
        return new StabilityAnalysis(f.variables(), at, value, gradient, hessian);
    }

    /** The variable names, in the order of every vector here. */
    public List<String> variables() {
        return variables;
    }

    /** The number of variables n. */
    public int dimension() {
        return point.length;
    }

    /** The point analysed. */
    public double[] point() {
        return point.clone();
    }

    /** f at the point; NaN outside the function's domain. */
    public double value() {
        return value;
    }

    /** ∇f at the point. */
    public double[] gradient() {
        return gradient.clone();
    }

    /** The Hessian as n rows of n second partial derivatives. */
    public double[][] hessian() {
        int n = point.length;
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(hessian, i * n, (i + 1) * n);
        }
        return rows;
    }

    /** The eigenvalues of the Hessian, ascending; all NaN if the Hessian is not finite. */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** λ_min, the curvature of the flattest direction; NaN if the Hessian is not finite. */
    public double smallestEigenvalue() {
        return eigenvalues[0];
    }

    /** λ_max, the curvature of the steepest direction; NaN if the Hessian is not finite. */
    public double largestEigenvalue() {
        return eigenvalues[eigenvalues.length - 1];
    }

    /** Whether every eigenvalue is positive: f curves upward in every direction, as at a strict minimum. */
    public boolean curvesUpEverywhere() {
        return smallestEigenvalue() > 0;
    }

    /** 2/λ_max: above it, steps grow without bound near here. Absent unless λ_max &gt; 0. */
    public CriticalRate maxStableRate() {
        return overLargest(2);
    }

    /** 1/λ_max: above it, steps jump to and fro across the steepest direction. Absent unless λ_max &gt; 0. */
    public CriticalRate oscillationRate() {
        return overLargest(1);
    }

    /** 2/(λ_min + λ_max): the fastest worst-case convergence. Absent unless both are positive. */
    public CriticalRate optimalRate() {
        CriticalRate limit = maxStableRate();
        if (!limit.isPresent()) {
            return limit;
        }
        if (!curvesUpEverywhere()) {
            return CriticalRate.none(SMALLEST_NOT_POSITIVE);
        }
        return CriticalRate.of(2 / (smallestEigenvalue() + largestEigenvalue()));
    }

    private CriticalRate overLargest(double numerator) {
        double largest = largestEigenvalue();
        if (Double.isNaN(largest)) {
            return CriticalRate.none(NOT_FINITE);
        }
        if (!(largest > 0)) {
            return CriticalRate.none(NO_POSITIVE_EIGENVALUE);
        }
        return CriticalRate.of(numerator / largest);
    }
}
