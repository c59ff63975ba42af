package gdviz.core.grid;

/**
 * The rectangle of the (x, y) plane that a map or surface shows.
 *
 * @param xMin left edge, finite
 * @param xMax right edge, finite and greater than {@code xMin}
 * @param yMin bottom edge, finite
 * @param yMax top edge, finite and greater than {@code yMin}
 */
public record Domain(double xMin, double xMax, double yMin, double yMax) {

    public Domain {
        requireRange("x", xMin, xMax);
        requireRange("y", yMin, yMax);
    }

    private static void requireRange(String axis, double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("the " + axis + " range must be finite numbers");
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("the " + axis + " range must run from a smaller to a larger number, not "
                    + min + " to " + max);
        }
    }

    /** The square domain [-half, half]². */
    public static Domain centred(double half) {
        return new Domain(-half, half, -half, half);
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /**
     * This domain scaled by {@code factor} about ({@code cx}, {@code cy}): below 1 zooms in, above 1 zooms out.
     */
    public Domain zoomedAbout(double cx, double cy, double factor) {
        return new Domain(cx + (xMin - cx) * factor, cx + (xMax - cx) * factor,
                cy + (yMin - cy) * factor, cy + (yMax - cy) * factor);
    }

    /**
     * The smallest domain with the same centre that contains this one and whose height over width is
     * {@code aspect}: one range is widened, the other kept. Shown in a data area of that shape, x and y have the
     * same scale, so circles look round and the gradient meets the iso-lines at right angles.
     *
     * @param aspect height over width, positive and finite
     */
    public Domain widenedToAspect(double aspect) {
        if (!(aspect > 0 && Double.isFinite(aspect))) {
            throw new IllegalArgumentException("an aspect ratio must be positive and finite, not " + aspect);
        }
        if (height() < width() * aspect) {
            double half = width() * aspect / 2;
            double cy = (yMin + yMax) / 2;
            return new Domain(xMin, xMax, Math.min(yMin, cy - half), Math.max(yMax, cy + half));
        }
        double half = height() / aspect / 2;
        double cx = (xMin + xMax) / 2;
        return new Domain(Math.min(xMin, cx - half), Math.max(xMax, cx + half), yMin, yMax);
    }

    /** This domain moved by (dx, dy). */
    public Domain shiftedBy(double dx, double dy) {
        return new Domain(xMin + dx, xMax + dx, yMin + dy, yMax + dy);
    }
}
