package gdviz.core.descent;

/**
 * The knobs of a descent run that do not depend on the update rule.
 *
 * @param rate          the learning rate α; positive and finite
 * @param maxIterations the most steps to take; 0 or more (0 only evaluates the start)
 * @param tolerance     the run has converged once |∇f| ≤ tolerance; 0 or more and finite
 */
public record DescentSettings(double rate, int maxIterations, double tolerance) {

    /** The iteration limit when none is given. */
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    /** The convergence tolerance on |∇f| when none is given. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** @throws IllegalArgumentException naming the first value out of range */
    public DescentSettings {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the learning rate must be a positive finite number, got " + rate);
        }
        if (maxIterations < 0) {
            throw new IllegalArgumentException("the iteration limit must be 0 or more, got " + maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("the tolerance must be a finite number, 0 or more, got " + tolerance);
        }
    }

    /**
     * Settings with the default iteration limit and tolerance.
     *
     * @param rate the learning rate α; positive and finite
     */
    public static DescentSettings withRate(double rate) {
        return new DescentSettings(rate, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }
}
