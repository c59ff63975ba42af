package gdviz.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Paints a descent path over a map (or a curve) on any Graphics2D: the app's transparent overlay canvas and the
 * exported figure use this same code, so they look alike.
 *
 * <p>What it draws, in steps 0..current only (later steps stay hidden, which is how the animation reveals them):
 * the steps as line segments with a thin halo, a direction arrowhead on every segment long enough to carry one,
 * a small dot at each iterate, a hollow ring at the start, and at the current iterate a filled point with the
 * −∇f arrow. The arrow points along the next step −α∇f as it would appear on screen; its length is that step's
 * on-screen length clamped to [{@link PathStyle#minArrow()}, {@link PathStyle#maxArrow()}] pixels, so tiny
 * steps still show a direction and huge ones do not cross the map. Everything is clipped to the data area, and
 * points that are NaN or infinite break the path instead of being joined.
 *
 * <p>A frame splits into the trail (steps and start ring), which grows by a step at a time, and the mark (the
 * current point with its arrow), which moves: a view can keep the trail and repaint only where it changed
 * ({@link #trailChange}) and the mark's small area ({@link #markBounds}). Painted one after the other they give
 * what {@link #paint} gives. Only what lies within reach of the clip is traced, so painting a small part of the
 * picture costs what that part shows.
 *
 * <p>Reuses its paths between calls, so it paints a long path without allocating per point; one painter per
 * canvas, not shared between threads.
 */
public final class PathPainter {

    /** How far beyond the data area segments are kept, so halos and arrowheads at the edge are not cut short. */
    private static final double CLIP_MARGIN = 24;
    private static final double HEAD_LENGTH_PER_WIDTH = 4.5;
    private static final double HEAD_HALF_WIDTH = 0.45;
    /** Width of the white rim around direction heads, pixels. */
    private static final double HEAD_HALO = 1.2;
    /** Screen distance (|dx| + |dy|, pixels) below which an iterate adds nothing visible to the line. */
    private static final double MIN_VERTEX_SPACING = 2;

    private final PathStyle style;
    private final BasicStroke lineStroke;
    private final BasicStroke haloStroke;
    private final BasicStroke ringStroke;
    private final BasicStroke ringHaloStroke;
    private final BasicStroke outlineStroke;
    private final double headLength;
    private final double dotRadius;
    private final double dotSpacing;
    /** How far from a vertex or segment the trail's pixels reach: halo, arrowheads with their rim, dots. */
    private final double reach;
    private final Path2D.Double line = new Path2D.Double(Path2D.WIND_NON_ZERO, 1024);
    private final Path2D.Double heads = new Path2D.Double(Path2D.WIND_NON_ZERO, 256);
    private final Path2D.Double headHalos = new Path2D.Double(Path2D.WIND_NON_ZERO, 256);
    private final Path2D.Double dots = new Path2D.Double(Path2D.WIND_NON_ZERO, 1024);
    private final Path2D.Double marker = new Path2D.Double();

    public PathPainter(PathStyle style) {
        this.style = style;
        float width = style.lineWidth();
        // Bevel joins: no miter spikes where a zig-zag reverses, and cheaper than round ones; the dot drawn at
        // each iterate rounds the corner off anyway.
        lineStroke = new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL);
        haloStroke = new BasicStroke(width + 3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL);
        ringStroke = new BasicStroke(width);
        ringHaloStroke = new BasicStroke(width + 3);
        outlineStroke = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        headLength = width * HEAD_LENGTH_PER_WIDTH;
        dotRadius = width * 1.2;
        dotSpacing = 2 * dotRadius + 1;
        reach = headLength + width + 4;
    }

    /** A painter in {@link PathStyle#standard()}. */
    public PathPainter() {
        this(PathStyle.standard());
    }

    public PathStyle style() {
        return style;
    }

    /**
     * Paints {@code frame} on {@code g2}: its trail, then its mark. The drawing state of {@code g2} is restored
     * afterwards.
     *
     * @param geometry where the chart under the overlay put its data area
     */
    public void paint(Graphics2D g2, MapGeometry geometry, PathFrame frame) {
        paintTrail(g2, geometry, frame);
        paintMark(g2, geometry, frame);
    }

    /**
     * Paints the steps of {@code frame} up to its current one and the start ring; the drawing state of {@code g2}
     * is restored afterwards.
     */
    public void paintTrail(Graphics2D g2, MapGeometry geometry, PathFrame frame) {
        GraphicsState saved = GraphicsState.save(g2);
        try {
            g2.clip(geometry.dataArea());
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            traceSteps(geometry, frame, g2.getClipBounds());
            paintSteps(g2);
            paintStart(g2, geometry.toScreenX(frame.xs()[0]), geometry.toScreenY(frame.ys()[0]));
        } finally {
            saved.restore();
        }
    }

    /**
     * Whether {@link #paintTrail} paints anything within {@code area} (screen pixels): a view that shows the trail
     * in parts need not keep the parts that stay empty.
     */
    public boolean trailReaches(MapGeometry geometry, PathFrame frame, Rectangle2D area) {
        Rectangle2D visible = area.createIntersection(geometry.dataArea().getBounds2D());
        if (visible.isEmpty()) {
            return false;
        }
        traceSteps(geometry, frame, visible);
        double sx = geometry.toScreenX(frame.xs()[0]);
        double sy = geometry.toScreenY(frame.ys()[0]);
        double ring = style.pointRadius() + 2 + style.lineWidth() + 2;
        boolean startNear = Double.isFinite(sx) && Double.isFinite(sy)
                && visible.intersects(sx - ring, sy - ring, 2 * ring, 2 * ring);
        return startNear || line.getCurrentPoint() != null || heads.getCurrentPoint() != null
                || dots.getCurrentPoint() != null;
    }

    /**
     * Paints the current point of {@code frame} with the −α∇f arrow; the drawing state of {@code g2} is restored
     * afterwards.
     */
    public void paintMark(Graphics2D g2, MapGeometry geometry, PathFrame frame) {
        double cx = geometry.toScreenX(frame.xs()[frame.current()]);
        double cy = geometry.toScreenY(frame.ys()[frame.current()]);
        if (!(Double.isFinite(cx) && Double.isFinite(cy))) {
            return;
        }
        GraphicsState saved = GraphicsState.save(g2);
        try {
            g2.clip(geometry.dataArea());
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            paintGradientArrow(g2, geometry, frame, cx, cy);
            paintCurrent(g2, cx, cy);
        } finally {
            saved.restore();
        }
    }

    /**
     * The screen area (in the geometry's pixels) outside which {@link #paintMark} paints nothing for
     * {@code frame}; null when there is no mark (the current point is not finite).
     */
    public Rectangle2D markBounds(MapGeometry geometry, PathFrame frame) {
        double cx = geometry.toScreenX(frame.xs()[frame.current()]);
        double cy = geometry.toScreenY(frame.ys()[frame.current()]);
        if (!(Double.isFinite(cx) && Double.isFinite(cy))) {
            return null;
        }
        // The arrow is at most maxArrow long; its shaft, head and outline stay well within a line width of that.
        double r = Math.max(style.maxArrow(), style.pointRadius()) + 2 * style.lineWidth() + 4;
        return new Rectangle2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    /**
     * The screen area (in the geometry's pixels) outside which the trail of {@code frame} looks exactly as the
     * trail one step earlier: the last step, and the one before it that a short step may merge into.
     *
     * @return null when the whole trail may differ (the start, or a point that is not finite nearby)
     */
    public Rectangle2D trailChange(MapGeometry geometry, PathFrame frame) {
        int current = frame.current();
        if (current < 1) {
            return null;
        }
        double[] xs = frame.xs();
        double[] ys = frame.ys();
        // The last iterate kept before the previous one: both frames keep the same iterates up to there.
        double px = geometry.toScreenX(xs[0]);
        double py = geometry.toScreenY(ys[0]);
        for (int k = 1; k < current - 1; k++) {
            double qx = geometry.toScreenX(xs[k]);
            double qy = geometry.toScreenY(ys[k]);
            if (!passedOver(qx, qy, px, py)) {
                px = qx;
                py = qy;
            }
        }
        double bx = geometry.toScreenX(xs[current - 1]);
        double by = geometry.toScreenY(ys[current - 1]);
        double cx = geometry.toScreenX(xs[current]);
        double cy = geometry.toScreenY(ys[current]);
        if (!(Double.isFinite(px) && Double.isFinite(py) && Double.isFinite(bx) && Double.isFinite(by)
                && Double.isFinite(cx) && Double.isFinite(cy))) {
            return null;
        }
        double minX = Math.min(px, Math.min(bx, cx)) - reach;
        double minY = Math.min(py, Math.min(by, cy)) - reach;
        double maxX = Math.max(px, Math.max(bx, cx)) + reach;
        double maxY = Math.max(py, Math.max(by, cy)) + reach;
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    /** Whether an iterate before the current one at (qx, qy) adds nothing visible after the last kept one. */
    private static boolean passedOver(double qx, double qy, double px, double py) {
        return Double.isFinite(qx) && Double.isFinite(qy) && Math.abs(qx - px) + Math.abs(qy - py) < MIN_VERTEX_SPACING;
    }

    /**
     * Fills the line, arrowhead and dot paths for steps 0..current in screen coordinates. Iterates closer than
     * {@link #MIN_VERTEX_SPACING} to the last one kept are passed over (the line moves by a pixel at most),
     * and dots closer than a dot's width to the last dot are left out (they would merge into a blob): a
     * thousand steps crawling along a valley then cost what the few visible ones do. Segments and dots farther
     * than {@link #reach} from {@code visible} are left out of the paths (they paint nothing there), which breaks
     * the line only where neither side of the break can be seen.
     *
     * @param visible the clip's bounds; null for no clip
     */
    private void traceSteps(MapGeometry geometry, PathFrame frame, Rectangle2D visible) {
        line.reset();
        heads.reset();
        headHalos.reset();
        dots.reset();
        SegmentClipper clipper = new SegmentClipper(geometry.left() - CLIP_MARGIN, geometry.top() - CLIP_MARGIN,
                geometry.right() + CLIP_MARGIN, geometry.bottom() + CLIP_MARGIN);
        Rectangle2D near = visible == null ? null : new Rectangle2D.Double(visible.getX() - reach,
                visible.getY() - reach, visible.getWidth() + 2 * reach, visible.getHeight() + 2 * reach);
        double[] xs = frame.xs();
        double[] ys = frame.ys();
        int current = frame.current();
        double px = geometry.toScreenX(xs[0]);
        double py = geometry.toScreenY(ys[0]);
        double dotX = Double.NaN;
        double dotY = Double.NaN;
        if (clipper.contains(px, py)) {
            addDot(near, px, py);
            dotX = px;
            dotY = py;
        }
        boolean penAtPrevious = false;
        for (int k = 1; k <= current; k++) {
            double qx = geometry.toScreenX(xs[k]);
            double qy = geometry.toScreenY(ys[k]);
            boolean finite = Double.isFinite(qx) && Double.isFinite(qy);
            if (k < current && passedOver(qx, qy, px, py)) {
                continue;
            }
            boolean drawn = finite && Double.isFinite(px) && Double.isFinite(py) && clipper.clip(px, py, qx, qy)
                    && (near == null || near.intersectsLine(clipper.x0, clipper.y0, clipper.x1, clipper.y1));
            if (drawn) {
                if (!penAtPrevious || clipper.startCut) {
                    line.moveTo(clipper.x0, clipper.y0);
                }
                line.lineTo(clipper.x1, clipper.y1);
                addDirectionHead(clipper.x0, clipper.y0, clipper.x1, clipper.y1);
            }
            penAtPrevious = drawn && !clipper.endCut;
            if (clipper.contains(qx, qy) && !(Math.hypot(qx - dotX, qy - dotY) < dotSpacing)) {
                addDot(near, qx, qy);
                dotX = qx;
                dotY = qy;
            }
            px = qx;
            py = qy;
        }
    }

    private void addDot(Rectangle2D near, double x, double y) {
        if (near == null || near.contains(x, y)) {
            Marks.circle(dots, x, y, dotRadius);
        }
    }

    /** An arrowhead at the middle of a segment that is at least three heads long. */
    private void addDirectionHead(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.hypot(dx, dy);
        if (length >= 3 * headLength) {
            double ux = dx / length;
            double uy = dy / length;
            double tipX = (x0 + x1) / 2 + ux * headLength / 2;
            double tipY = (y0 + y1) / 2 + uy * headLength / 2;
            Marks.arrowHead(heads, tipX, tipY, ux, uy, headLength, headLength * HEAD_HALF_WIDTH);
            // A slightly larger white head beneath: filling it is cheaper than stroking an outline.
            Marks.arrowHead(headHalos, tipX + ux * HEAD_HALO, tipY + uy * HEAD_HALO, ux, uy,
                    headLength + 3 * HEAD_HALO, headLength * HEAD_HALF_WIDTH + HEAD_HALO * 1.5);
        }
    }

    /** On an exported figure the many steps of a long path are rasterised on all cores; elsewhere as usual. */
    private void paintSteps(Graphics2D g2) {
        g2.setPaint(style.halo());
        g2.setStroke(haloStroke);
        BandedRaster.draw(g2, line);
        BandedRaster.fill(g2, headHalos);
        g2.setPaint(style.path());
        g2.setStroke(lineStroke);
        BandedRaster.draw(g2, line);
        BandedRaster.fill(g2, heads);
        BandedRaster.fill(g2, dots);
    }

    private void paintStart(Graphics2D g2, double x, double y) {
        if (!(Double.isFinite(x) && Double.isFinite(y))) {
            return;
        }
        marker.reset();
        Marks.circle(marker, x, y, style.pointRadius() + 2);
        g2.setPaint(style.halo());
        g2.setStroke(ringHaloStroke);
        g2.draw(marker);
        g2.setPaint(style.path());
        g2.setStroke(ringStroke);
        g2.draw(marker);
    }

    private void paintCurrent(Graphics2D g2, double x, double y) {
        marker.reset();
        Marks.circle(marker, x, y, style.pointRadius());
        g2.setPaint(style.path());
        g2.fill(marker);
        g2.setPaint(style.halo());
        g2.setStroke(outlineStroke);
        g2.draw(marker);
    }

    private void paintGradientArrow(Graphics2D g2, MapGeometry geometry, PathFrame frame, double x, double y) {
        double rate = frame.rate();
        // The next step −α∇f as a screen vector; y flips because screen y grows downwards.
        double sx = -rate * frame.gradX() * geometry.pixelsPerX();
        double sy = rate * frame.gradY() * geometry.pixelsPerY();
        double length = Math.hypot(sx, sy);
        if (!(length > 0 && Double.isFinite(length))) {
            return;
        }
        double shown = Math.max(style.minArrow(), Math.min(style.maxArrow(), length));
        double ux = sx / length;
        double uy = sy / length;
        marker.reset();
        double head = Math.min(shown * 0.4, headLength * 1.6);
        Marks.arrow(marker, x, y, ux, uy, shown, style.lineWidth() * 0.9, head, head * 0.5);
        g2.setPaint(style.arrow());
        g2.fill(marker);
        g2.setPaint(style.arrowOutline());
        g2.setStroke(outlineStroke);
        g2.draw(marker);
    }
}
