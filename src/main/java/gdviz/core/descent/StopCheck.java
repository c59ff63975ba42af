package gdviz.core.descent;

/** The stop rules of {@link Descent}, in the order its Javadoc lists them. */
final class StopCheck {

    private final double[] start;
    private final double[] scratch;
    private final double growthLimit;
    private final DescentSettings settings;

    StopCheck(double[] start, DescentSettings settings) {
        this.start = start.clone();
        this.scratch = new double[start.length];
        this.growthLimit = Descent.GROWTH_BOUND * (1 + Vectors.norm(start));
        this.settings = settings;
    }

    /** The reason to stop after row k, or null to go on; {@code gradientNorm} is NaN if a partial is NaN. */
    StopReason reasonAt(int k, double[] point, double value, double gradientNorm) {
        if (!allFinite(point)) {
            return StopReason.DIVERGED;
        }
        if (Double.isNaN(value) || Double.isNaN(gradientNorm)) {
            return StopReason.LEFT_DOMAIN;
        }
        if (Double.isInfinite(value) || Double.isInfinite(gradientNorm)) {
            // At the start no step has been taken, so nothing diverged: the start is a pole of f (1/x at 0)
            // or so far out that f overflows (x^2 at 1e300).
            return k == 0 ? StopReason.LEFT_DOMAIN : StopReason.DIVERGED;
        }
        if (Vectors.distance(point, start, scratch) > growthLimit) {
            return StopReason.DIVERGED;
        }
        if (gradientNorm <= settings.tolerance()) {
            return StopReason.CONVERGED;
        }
        if (k >= settings.maxIterations()) {
            return StopReason.ITERATION_LIMIT;
        }
        return null;
    }

    private static boolean allFinite(double[] values) {
        for (double x : values) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
