package gdviz.chart.surface;

import java.awt.Dimension;
import org.jfree.chart3d.graphics3d.Dimension3D;
import org.jfree.chart3d.graphics3d.ViewPoint3D;

/**
 * Where the surface is seen from: turned about the vertical f axis and raised above the floor like a turntable,
 * at a distance kept within the JavaFX viewer's bounds. The f axis always stands upright on screen; Orson's own
 * viewers turn about the screen's axes instead, which soon leaves the surface lying askew.
 */
final class Camera {

    /**
     * The home view looks from the front left, 30° round from the front, and 45° above the floor: high enough to
     * see the path on the floor of narrow valleys such as Rosenbrock's, low enough for the heights to read. Both
     * angles are in radians.
     */
    static final double HOME_TURN = -Math.PI / 6;
    static final double HOME_ELEVATION = Math.PI / 4;

    /** The highest and lowest eye, radians above the floor: short of straight down, where "round" means nothing. */
    static final double MAX_ELEVATION = Math.toRadians(85);

    /** How far above the floor Orson's "above" view point looks from, which is levelled before turning. */
    private static final double ORSON_ABOVE_ELEVATION = Math.PI / 8;

    /** The home distance in box diagonals, as Orson's charts start out. */
    static final double HOME_DISTANCE = 3;

    /** The nearest and farthest distances in box diagonals, as the JavaFX viewer bounds scrolling. */
    static final double NEAREST = 1;
    static final double FARTHEST = 8;

    /** The share of a drawing area left free around the box when fitting, as the JavaFX viewer leaves. */
    static final double FIT_MARGIN = 0.25;

    /**
     * Pixels left free on each side at least, for the tick labels and axis titles around the box in standard-size
     * text, whose size does not shrink with the area: in a small area the share alone leaves them cut off at the
     * edges. Larger text (presentation mode) needs more, though not in proportion: the labels stand out from
     * only some sides of the box, and a box shrunk for the largest of them would be small on a projector.
     */
    static final double LABEL_ROOM = 60;

    private Camera() {
    }

    /** A new view point at the home position for a box of size {@code box}. */
    static ViewPoint3D home(Dimension3D box) {
        return upright(HOME_TURN, HOME_ELEVATION, HOME_DISTANCE * box.getDiagonalLength());
    }

    /**
     * A new view point turned from {@code view} by {@code turn} radians about the vertical axis and raised by
     * {@code -tilt} radians (a negative tilt looks more from above, as Orson's viewers tilt), stopping at
     * {@link #MAX_ELEVATION} above or below the floor. The distance stays.
     *
     * @param turn, tilt finite
     */
    static ViewPoint3D rotated(ViewPoint3D view, double turn, double tilt) {
        requireFinite(turn, "turn");
        requireFinite(tilt, "tilt");
        double elevation = Math.asin(Math.max(-1, Math.min(1, view.getY() / view.getRho())));
        double raised = Math.max(-MAX_ELEVATION, Math.min(MAX_ELEVATION, elevation - tilt));
        return upright(azimuth(view) + turn, raised, view.getRho());
    }

    /**
     * The view from {@code azimuth} radians round from the front (negative to the left) and {@code elevation}
     * radians above the floor, with the f axis upright on screen.
     */
    static ViewPoint3D upright(double azimuth, double elevation, double distance) {
        // Levelled, Orson's turn is about the world's vertical axis and its tilt about a horizontal one.
        ViewPoint3D view = ViewPoint3D.createAboveViewPoint(distance);
        view.moveUpDown(ORSON_ABOVE_ELEVATION);
        view.panLeftRight(azimuth);
        view.moveUpDown(-elevation);
        return view;
    }

    /** How far round from the front {@code view} looks, radians; the front looks along the depth axis. */
    static double azimuth(ViewPoint3D view) {
        return Math.atan2(view.getX(), -view.getZ());
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
     * pixels, less the margin and room for the labels, keeping its direction.
     *
     * @param width, height positive and finite
     * @param textScale the axis text's size over the standard size, at least 1
     */
    static void fit(ViewPoint3D view, Dimension3D box, double projection, double width, double height,
            double textScale) {
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("an area to fit needs a positive size, not " + width + " × " + height);
        }
        double labelRoom = LABEL_ROOM * Math.sqrt(textScale);
        Dimension target = new Dimension((int) boxRoom(width, labelRoom), (int) boxRoom(height, labelRoom));
        view.setRho(view.optimalDistance(target, box, projection));
    }

    /** How many pixels of {@code size} the box may take. */
    private static double boxRoom(double size, double labelRoom) {
        return Math.max(1, Math.min(size * (1 - FIT_MARGIN), size - 2 * labelRoom));
    }

    private static void requireFinite(double angle, String name) {
        if (!Double.isFinite(angle)) {
            throw new IllegalArgumentException("a " + name + " angle must be a finite number, not " + angle);
        }
    }
}
