package gdviz.chart.surface;

import gdviz.core.grid.Domain;

/** The part of a segment inside a domain (Liang–Barsky), as an interval of the segment's parameter. */
final class DomainClip {

    private DomainClip() {
    }

    /**
     * The parameters [enter, leave] ⊆ [0, 1] of the points a + t·(b − a) inside {@code domain}, or null when no
     * point is, or when the segment is too long to have finite coordinates.
     */
    static double[] interval(Domain domain, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            return null;
        }
        double[] t = {0, 1};
        boolean inside = narrow(t, -dx, ax - domain.xMin())
                && narrow(t, dx, domain.xMax() - ax)
                && narrow(t, -dy, ay - domain.yMin())
                && narrow(t, dy, domain.yMax() - ay);
        return inside ? t : null;
    }

    /**
     * Narrows t by one edge, where {@code towardsOutside} is the segment's movement across the edge and
     * {@code room} the start's distance inside it.
     */
    private static boolean narrow(double[] t, double towardsOutside, double room) {
        if (towardsOutside == 0) {
            return room >= 0;
        }
        double crossing = room / towardsOutside;
        if (towardsOutside < 0) {
            t[0] = Math.max(t[0], crossing);
        } else {
            t[1] = Math.min(t[1], crossing);
        }
        return t[0] <= t[1];
    }
}
