package gdviz.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * Marks a quiz guess beside the true next point: a cross where the student clicked, a ring around the true
 * point and a dashed line between them, whose length is the error. The cross is blue on a white halo, apart from
 * the path's red-orange for colour-blind eyes too.
 */
public final class GuessPainter {

    /** Blue of the Okabe–Ito palette, told apart from the path's red-orange by every common colour vision. */
    static final Color GUESS = new Color(0x0072B2);
    private static final Color LINE = new Color(0x202020);
    private static final double CROSS = 7;
    private static final double RING = 9;
    private static final BasicStroke CROSS_STROKE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke HALO_STROKE = new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke LINE_HALO = new BasicStroke(3.6f);
    private static final BasicStroke RING_STROKE = new BasicStroke(2f);
    private static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {5, 4}, 0);

    private GuessPainter() {
    }

    /**
     * An overlay marking a guess at (guessX, guessY) and the true point at (trueX, trueY), in data coordinates.
     */
    public static ChartOverlay overlay(double guessX, double guessY, double trueX, double trueY) {
        return (g2, geometry) -> paint(g2, geometry, guessX, guessY, trueX, trueY);
    }

    private static void paint(Graphics2D g2, MapGeometry geometry, double guessX, double guessY, double trueX,
            double trueY) {
        double gx = geometry.toScreenX(guessX);
        double gy = geometry.toScreenY(guessY);
        double tx = geometry.toScreenX(trueX);
        double ty = geometry.toScreenY(trueY);
        if (!(Double.isFinite(gx) && Double.isFinite(gy) && Double.isFinite(tx) && Double.isFinite(ty))) {
            return;
        }
        Shape clip = g2.getClip();
        g2.clip(geometry.dataArea());
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Line2D.Double error = new Line2D.Double(gx, gy, tx, ty);
        g2.setColor(Color.WHITE);
        g2.setStroke(LINE_HALO);
        g2.draw(error);
        g2.setColor(LINE);
        g2.setStroke(DASHED);
        g2.draw(error);
        g2.setStroke(RING_STROKE);
        g2.draw(new Ellipse2D.Double(tx - RING, ty - RING, 2 * RING, 2 * RING));
        Path2D.Double cross = new Path2D.Double();
        cross.moveTo(gx - CROSS, gy - CROSS);
        cross.lineTo(gx + CROSS, gy + CROSS);
        cross.moveTo(gx - CROSS, gy + CROSS);
        cross.lineTo(gx + CROSS, gy - CROSS);
        g2.setColor(Color.WHITE);
        g2.setStroke(HALO_STROKE);
        g2.draw(cross);
        g2.setColor(GUESS);
        g2.setStroke(CROSS_STROKE);
        g2.draw(cross);
        g2.setClip(clip);
    }
}
