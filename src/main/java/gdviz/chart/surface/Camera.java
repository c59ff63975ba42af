package gdviz.chart.surface;

import java.awt.Dimension;
import org.jfree.chart3d.graphics3d.Dimension3D;
import org.jfree.chart3d.graphics3d.ViewPoint3D;

/**
 * Where the surface is seen from, moved the way Orson's viewers move it: turning about the vertical axis and
 * tilting up or down, at a distance kept within the viewers' own bounds.
 */
final class Camera {

    /**
     * The home view turns Orson's front view ({@link ViewPoint3D#createAboveViewPoint(double)}) by 30° to look
     * from the front left and raises it from 22.5° to 45° above the floor: high enough to see the path on the
     * floor of narrow valleys such as Rosenbrock's, low enough for the heights to read. Both angles are in
     * radians, as the viewers take them.
     */
    static final double HOME_TURN = -Math.PI / 6;
    static final double HOME_TILT = -Math.PI / 8;

    /** The home distance in box diagonals, as Orson's charts start out. */
    static final double HOME_DISTANCE = 3;

    /** The nearest and farthest distances in box diagonals, as the JavaFX viewer bounds scrolling. */
    static final double NEAREST = 1;
    static final double FARTHEST = 8;

    /** The share of a drawing area left free around the box when fitting, as the JavaFX viewer leaves. */
    static final double FIT_MARGIN = 0.25;

    private Camera() {
    }

    /** A new view point at the home position for a box of size {@code box}. */
    static ViewPoint3D home(Dimension3D box) {
        ViewPoint3D view = ViewPoint3D.createAboveViewPoint(HOME_DISTANCE * box.getDiagonalLength());
        view.panLeftRight(HOME_TURN);
        view.moveUpDown(HOME_TILT);
        return view;
    }

    /**
     * Turns {@code view} by {@code turn} radians about the vertical axis and tilts it by {@code tilt} radians.
     *
     * @param turn, tilt finite
     */
    static void rotate(ViewPoint3D view, double turn, double tilt) {
        requireFinite(turn, "turn");
        requireFinite(tilt, "tilt");
        view.panLeftRight(turn);
        view.moveUpDown(tilt);
    }

    /**
     * Moves {@code view} {@code factor} times as far away, within the nearest and farthest distances.
     *
     * @param factor positive and finite: below 1 comes closer, above 1 moves away
     */
    static void zoom(ViewPoint3D view, double factor, Dimension3D box) {
        if (!(factor > 0 && Double.isFinite(factor))) {
            throw new IllegalArgumentException("a zoom factor must be a positive number, not " + factor);
        }
        double diagonal = box.getDiagonalLength();
        view.setRho(Math.max(NEAREST * diagonal, Math.min(FARTHEST * diagonal, view.getRho() * factor)));
    }

    /**
     * Moves {@code view} to the distance at which the box fills an area of {@code width} × {@code height}
     * pixels, less the margin, keeping its direction.
     *
     * @param width, height positive and finite
     */
    static void fit(ViewPoint3D view, Dimension3D box, double projection, double width, double height) {
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("an area to fit needs a positive size, not " + width + " × " + height);
        }
        Dimension target = new Dimension((int) Math.max(1, width * (1 - FIT_MARGIN)),
                (int) Math.max(1, height * (1 - FIT_MARGIN)));
        view.setRho(view.optimalDistance(target, box, projection));
    }

    private static void requireFinite(double angle, String name) {
        if (!Double.isFinite(angle)) {
            throw new IllegalArgumentException("a " + name + " angle must be a finite number, not " + angle);
        }
    }
}
