package gdviz.chart.surface;

import java.awt.Color;

/**
 * A square tube along polylines, all in one 3-D object. Orson draws two-point lines one pixel wide whatever the
 * size of the chart, too thin to follow on a projected screen, so the path is drawn as a solid instead; its
 * shaded sides also keep it readable from every side.
 *
 * <p>A long run of tiny descent steps would cost four faces per step for nothing visible, so a corner closer
 * than {@link #MIN_PIECE} to the last one kept is skipped until the line has moved that far or ends; the tube
 * then strays from the true line by less than {@link #MIN_PIECE}.
 */
final class Tube {

    /** The shortest piece, in world units: about two pixels at the size the box is usually drawn. */
    static final double MIN_PIECE = 0.05;

    private final Solid solid;
    private final double halfWidth;
    private Vec last;
    private Vec pending;

    /**
     * @param halfWidth half the side of the square cross-section, in world units, positive
     */
    Tube(Color colour, double halfWidth) {
        this.solid = new Solid(colour, true);
        this.halfWidth = halfWidth;
    }

    /** Continues the current line to {@code corner}, or starts a line there after {@link #breakLine()}. */
    void lineTo(Vec corner) {
        if (last == null) {
            last = corner;
        } else if (corner.minus(last).length() >= MIN_PIECE) {
            addPiece(last, corner);
            last = corner;
            pending = null;
        } else {
            pending = corner;
        }
    }

    /** Ends the current line (at its last corner, even one closer than the shortest piece). */
    void breakLine() {
        if (pending != null) {
            addPiece(last, pending);
        }
        last = null;
        pending = null;
    }

    /** Whether no piece has been added. */
    boolean isEmpty() {
        return solid.getFaceCount() == 0;
    }

    /** The tube, once every line has been ended with {@link #breakLine()}. */
    Solid solid() {
        return solid;
    }

    private void addPiece(Vec from, Vec to) {
        Vec along = to.minus(from);
        if (along.length() == 0) {
            return;
        }
        // A side that stays level, so the tube shows a flat top when seen from above.
        Vec side = along.cross(Vec.UP);
        if (side.length() < 1e-9 * along.length()) {
            side = new Vec(1, 0, 0);
        }
        side = side.withLength(halfWidth);
        Vec lift = side.cross(along).withLength(halfWidth);
        Vec[] corners = {side.plus(lift), lift.minus(side), side.plus(lift).times(-1), side.minus(lift)};
        Vec middle = from.plus(along.times(0.5));
        for (int k = 0; k < 4; k++) {
            Vec c = corners[k];
            Vec d = corners[(k + 1) % 4];
            solid.addOutwardFace(middle, from.plus(c), from.plus(d), to.plus(d), to.plus(c));
        }
    }
}
