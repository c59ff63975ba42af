package gdviz.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;

/**
 * Paints descent on a curve, the counterpart of {@link PathPainter} for one variable: the tangent line at the
 * current step across the whole data area, and over it the steps as points on the curve joined by straight
 * jumps (so a large α visibly jumps from side to side), the start ring, the current point and the −f' arrow,
 * which runs along x to where the next step lands.
 *
 * <p>One painter per canvas, not shared between threads.
 */
public final class CurvePainter {

    private final PathPainter steps;
    private final BasicStroke tangentStroke;

    public CurvePainter(PathStyle style) {
        this.steps = new PathPainter(style);
        this.tangentStroke = new BasicStroke(style.lineWidth() * 0.7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }

    /** A painter in {@link PathStyle#standard()}. */
    public CurvePainter() {
        this(PathStyle.standard());
    }

    /**
     * Paints {@code frame} on {@code g2}; the drawing state of {@code g2} is restored afterwards.
     *
     * @param geometry where the curve chart put its data area
     */
    public void paint(Graphics2D g2, MapGeometry geometry, CurveFrame frame) {
        paintTangent(g2, geometry, frame);
        steps.paint(g2, geometry, frame.asPath());
    }

    private void paintTangent(Graphics2D g2, MapGeometry geometry, CurveFrame frame) {
        int c = frame.current();
        double cx = geometry.toScreenX(frame.xs()[c]);
        double cy = geometry.toScreenY(frame.fs()[c]);
        // The slope on screen: y grows downwards and the axes scale differently.
        double screenSlope = -frame.slope() * geometry.pixelsPerY() / geometry.pixelsPerX();
        SegmentClipper clipper = new SegmentClipper(geometry.left(), geometry.top(), geometry.right(),
                geometry.bottom());
        double x0 = geometry.left();
        double x1 = geometry.right();
        if (!(Double.isFinite(cx) && Double.isFinite(cy) && Double.isFinite(screenSlope)
                && clipper.clip(x0, cy + screenSlope * (x0 - cx), x1, cy + screenSlope * (x1 - cx)))) {
            return;
        }
        GraphicsState saved = GraphicsState.save(g2);
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setPaint(steps.style().tangent());
            g2.setStroke(tangentStroke);
            g2.draw(new Line2D.Double(clipper.x0, clipper.y0, clipper.x1, clipper.y1));
        } finally {
            saved.restore();
        }
    }
}
