package gdviz.chart.surface;

import gdviz.core.DifferentiableFunction;
import gdviz.core.grid.Domain;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart3d.graphics3d.Object3D;

/**
 * The descent path as 3-D objects lying on the surface: a tube along each step, a small marker at every point,
 * a ball at the start and a larger one at the current point.
 *
 * <p>Each step is draped over the surface: the straight segment of the contour map, cut into pieces no longer
 * than a mesh cell, each piece end at height f. So the path never runs through the surface, and painting the
 * pieces in depth order together with the mesh faces keeps it in front of the surface wherever it is in front.
 * Markers rest on the surface: their lowest point is at height f. Whatever lies outside the box is left out:
 * points outside the domain or the height range, and pieces with an end outside the height range or where f is
 * not a number. A step leaving the domain is drawn up to the domain's edge.
 */
final class PathShapes {

    /** Object property holding the step number of a marker, for reading back where markers were placed. */
    static final String STEP = "gdviz.step";

    /** Sizes in world units; the longest side of the box is {@link SurfaceChart#BOX_SIZE}. */
    static final double TUBE_HALF_WIDTH = 0.04;
    static final double DOT_RADIUS = 0.08;
    static final double START_RADIUS = 0.2;
    static final double CURRENT_RADIUS = 0.24;

    /**
     * The least distance between the centres of two step dots in dot radii: closer dots would merge into a
     * blob where descent crawls, so those are skipped (the tube still runs through every step).
     */
    static final double DOT_SPACING_RADII = 4;

    /**
     * The most pieces the steps of one path are cut into for draping, shared out evenly between the steps, so
     * that a long path of long steps cannot stall the drawing.
     */
    static final int PIECE_BUDGET = 6000;

    private final DifferentiableFunction function;
    private final Domain domain;
    private final HeightRange range;
    private final Color pathColour;
    private final Color startColour;
    private final double[] point = new double[2];
    private final double tubeHalfWidth;
    private final double dotRadius;
    private final double startRadius;
    private final double currentRadius;
    private final double scale;

    /** @param scale the size of the tube and the markers over the standard size, positive */
    PathShapes(DifferentiableFunction function, Domain domain, HeightRange range, Color pathColour,
            Color startColour, double scale) {
        this.tubeHalfWidth = TUBE_HALF_WIDTH * scale;
        this.dotRadius = DOT_RADIUS * scale;
        this.startRadius = START_RADIUS * scale;
        this.currentRadius = CURRENT_RADIUS * scale;
        this.scale = scale;
        this.function = function;
        this.domain = domain;
        this.range = range;
        this.pathColour = pathColour;
        this.startColour = startColour;
    }

    /** The same shapes in another colour, as for a further run beside the path. */
    PathShapes inColour(Color colour) {
        return new PathShapes(function, domain, range, colour, startColour, scale);
    }

    /** The objects for {@code path}, draped at the fineness of a mesh with {@code cells} cells a side. */
    List<Object3D> compose(SurfacePath path, WorldMapping mapping, int cells) {
        List<Object3D> objects = new ArrayList<>();
        int size = path.size();
        if (size == 0) {
            return objects;
        }
        Tube tube = new Tube(pathColour, tubeHalfWidth);
        int pieceLimit = Math.max(1, PIECE_BUDGET / Math.max(1, size - 1));
        for (int k = 0; k + 1 < size; k++) {
            drape(path.x(k), path.y(k), path.x(k + 1), path.y(k + 1), cells, pieceLimit, mapping, tube);
        }
        tube.breakLine();
        if (!tube.isEmpty()) {
            objects.add(tube.solid());
        }
        Vec lastDot = null;
        for (int k = 1; k + 1 < size; k++) {
            Vec centre = restingCentre(path, k, dotRadius, mapping);
            if (centre != null && (lastDot == null || centre.minus(lastDot).length() >= DOT_SPACING_RADII * dotRadius)) {
                objects.add(marker(k, centre, dotRadius, pathColour, false));
                lastDot = centre;
            }
        }
        addMarker(objects, path, 0, startRadius, startColour, mapping);
        if (size > 1) {
            addMarker(objects, path, size - 1, currentRadius, pathColour, mapping);
        }
        return objects;
    }

    private void addMarker(List<Object3D> objects, SurfacePath path, int k, double radius, Color colour,
            WorldMapping mapping) {
        Vec centre = restingCentre(path, k, radius, mapping);
        if (centre != null) {
            objects.add(marker(k, centre, radius, colour, true));
        }
    }

    private static Solid marker(int k, Vec centre, double radius, Color colour, boolean round) {
        Solid ball = Ball.create(centre, radius, colour, round);
        ball.setProperty(STEP, k);
        return ball;
    }

    /**
     * The centre of a marker of {@code radius} resting on the surface at step {@code k}, or null when the point
     * lies outside the box.
     */
    private Vec restingCentre(SurfacePath path, int k, double radius, WorldMapping mapping) {
        double x = path.x(k);
        double y = path.y(k);
        double f = valueAt(x, y);
        if (!domain.contains(x, y) || !range.contains(f)) {
            return null;
        }
        return Vec.of(mapping.point(x, y, f)).plus(Vec.UP.times(radius));
    }

    private void drape(double ax, double ay, double bx, double by, int cells, int pieceLimit,
            WorldMapping mapping, Tube tube) {
        double[] inside = DomainClip.interval(domain, ax, ay, bx, by);
        if (inside == null) {
            tube.breakLine();
            return;
        }
        double dx = bx - ax;
        double dy = by - ay;
        double spanX = Math.abs(dx) * (inside[1] - inside[0]) * cells / domain.width();
        double spanY = Math.abs(dy) * (inside[1] - inside[0]) * cells / domain.height();
        int pieces = (int) Math.min(pieceLimit, Math.max(1, Math.ceil(Math.max(spanX, spanY))));
        if (inside[0] > 0) {
            tube.breakLine();
        }
        for (int p = 0; p <= pieces; p++) {
            double t = inside[0] + (inside[1] - inside[0]) * p / pieces;
            double x = ax + t * dx;
            double y = ay + t * dy;
            double f = valueAt(x, y);
            if (range.contains(f)) {
                tube.lineTo(Vec.of(mapping.point(x, y, f)).plus(Vec.UP.times(tubeHalfWidth)));
            } else {
                tube.breakLine();
            }
        }
        if (inside[1] < 1) {
            tube.breakLine();
        }
    }

    private double valueAt(double x, double y) {
        point[0] = x;
        point[1] = y;
        return function.value(point);
    }
}
