package gdviz.core.descent;

/** Euclidean lengths that stay right where the plain sum of squares would overflow or underflow. */
final class Vectors {

    private Vectors() {
    }

    /** |v|; NaN if a component is NaN, infinite if one is infinite. */
    static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        if (Double.isFinite(sum) && (sum >= Double.MIN_NORMAL || sum == 0)) {
            // The common case, kept exact: sqrt(10² + 8²) is the correctly rounded √164.
            return Math.sqrt(sum);
        }
        return scaledNorm(v);
    }

    /** |a − b|. */
    static double distance(double[] a, double[] b, double[] scratch) {
        for (int i = 0; i < a.length; i++) {
            scratch[i] = a[i] - b[i];
        }
        return norm(scratch);
    }

    private static double scaledNorm(double[] v) {
        double scale = 0;
        for (double x : v) {
            double size = Math.abs(x);
            if (Double.isNaN(size)) {
                return Double.NaN;
            }
            scale = Math.max(scale, size);
        }
        if (scale == 0 || Double.isInfinite(scale)) {
            return scale;
        }
        double sum = 0;
        for (double x : v) {
            double r = x / scale;
            sum += r * r;
        }
        return scale * Math.sqrt(sum);
    }
}
