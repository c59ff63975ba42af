package gdviz.chart;

import java.awt.geom.Path2D;

/**
 * Marker outlines appended to a reusable path in screen coordinates, so painting many marks allocates nothing
 * per mark.
 */
final class Marks {

    /** Control point distance that makes four cubic curves a circle to within 0.03 %. */
    private static final double KAPPA = 0.5522847498;

    private Marks() {
    }

    static void circle(Path2D path, double cx, double cy, double r) {
        double k = r * KAPPA;
        path.moveTo(cx + r, cy);
        path.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        path.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        path.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        path.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        path.closePath();
    }

    /** A five-pointed star with one point up. */
    static void star(Path2D path, double cx, double cy, double outer) {
        double inner = outer * 0.42;
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + k * Math.PI / 5;
            double x = cx + r * Math.cos(angle);
            double y = cy + r * Math.sin(angle);
            if (k == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
    }

    /**
     * A filled triangular arrowhead with its tip at (tipX, tipY) pointing along the unit vector (ux, uy).
     */
    static void arrowHead(Path2D path, double tipX, double tipY, double ux, double uy, double length,
                          double halfWidth) {
        double baseX = tipX - ux * length;
        double baseY = tipY - uy * length;
        path.moveTo(tipX, tipY);
        path.lineTo(baseX - uy * halfWidth, baseY + ux * halfWidth);
        path.lineTo(baseX + uy * halfWidth, baseY - ux * halfWidth);
        path.closePath();
    }

    /**
     * A closed arrow outline from (x, y) along the unit vector (ux, uy), {@code length} long: a shaft of
     * half-width {@code shaftHalf} and a head {@code headLength} long and {@code headHalf} wide each side.
     */
    static void arrow(Path2D path, double x, double y, double ux, double uy, double length, double shaftHalf,
                      double headLength, double headHalf) {
        double nx = -uy;
        double ny = ux;
        double baseX = x + ux * (length - headLength);
        double baseY = y + uy * (length - headLength);
        path.moveTo(x + nx * shaftHalf, y + ny * shaftHalf);
        path.lineTo(baseX + nx * shaftHalf, baseY + ny * shaftHalf);
        path.lineTo(baseX + nx * headHalf, baseY + ny * headHalf);
        path.lineTo(x + ux * length, y + uy * length);
        path.lineTo(baseX - nx * headHalf, baseY - ny * headHalf);
        path.lineTo(baseX - nx * shaftHalf, baseY - ny * shaftHalf);
        path.lineTo(x - nx * shaftHalf, y - ny * shaftHalf);
        path.closePath();
    }
}
