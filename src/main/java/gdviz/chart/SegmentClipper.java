package gdviz.chart;

/**
 * Cuts a line segment to a rectangle (Liang–Barsky), keeping its direction, so that a diverging path whose
 * points fly off to 1e200 still draws the visible part of each step without handing huge coordinates to the
 * renderer. Holds its last result in fields to avoid allocating per segment; not thread-safe.
 */
final class SegmentClipper {

    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    double x0;
    double y0;
    double x1;
    double y1;
    /** Whether the last clip cut off the start of the segment. */
    boolean startCut;
    /** Whether the last clip cut off the end of the segment. */
    boolean endCut;
    private double enter;
    private double leave;

    SegmentClipper(double minX, double minY, double maxX, double maxY) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
    }

    /**
     * Clips the segment (ax, ay)–(bx, by); the visible part is then in x0, y0, x1, y1.
     *
     * @return false when no part of the segment lies in the rectangle
     */
    boolean clip(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            return false;
        }
        enter = 0;
        leave = 1;
        if (!(edge(-dx, ax - minX) && edge(dx, maxX - ax) && edge(-dy, ay - minY) && edge(dy, maxY - ay))) {
            return false;
        }
        startCut = enter > 0;
        endCut = leave < 1;
        x0 = ax + enter * dx;
        y0 = ay + enter * dy;
        x1 = ax + leave * dx;
        y1 = ay + leave * dy;
        return true;
    }

    /**
     * Narrows [enter, leave] by one edge, where p is the segment's movement towards the outside of the edge
     * and q the start's distance inside it.
     */
    private boolean edge(double p, double q) {
        if (p == 0) {
            return q >= 0;
        }
        double t = q / p;
        if (p < 0) {
            enter = Math.max(enter, t);
        } else {
            leave = Math.min(leave, t);
        }
        return enter <= leave;
    }

    /** Whether the point lies in the rectangle (edges included). */
    boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
}
