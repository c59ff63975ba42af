package gdviz.ui.surface;

import org.jfree.chart3d.graphics3d.ViewPoint3D;

/**
 * Where a drawn frame of the surface was seen from, in Orson's spherical coordinates about the centre of the box.
 *
 * @param theta the turn about the vertical axis, radians
 * @param phi   the angle from the vertical, radians
 * @param rho   the distance from the centre of the box, in world units
 * @param roll  the rotation about the line of sight, radians
 */
public record ViewPoint(double theta, double phi, double rho, double roll) {

    static ViewPoint of(ViewPoint3D view) {
        return new ViewPoint(view.getTheta(), view.getPhi(), view.getRho(), view.calcRollAngle());
    }

    /** The same view point in Orson's terms, for drawing the surface again as it was seen. */
    ViewPoint3D toOrson() {
        return new ViewPoint3D(theta, phi, rho, roll);
    }
}
