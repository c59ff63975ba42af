package gdviz.chart;

import gdviz.core.presets.KnownMinimum;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Known minima as white stars with a dark outline, which stand out on every viridis band and in grey scale;
 * global minima are drawn larger than local ones.
 */
final class MinimaLayer extends GeometryAnnotation {

    static final Color FILL = Color.WHITE;
    private static final Color OUTLINE = new Color(0x20, 0x20, 0x20);
    private static final float STROKE_WIDTH = 1.3f;
    private static final double GLOBAL_RADIUS = 9;
    private static final double LOCAL_RADIUS = 6.5;

    private final double[] xs;
    private final double[] ys;
    private final boolean[] global;
    private final double scale;
    private final BasicStroke stroke;

    private MinimaLayer(List<KnownMinimum> minima, boolean heightIsValue, double scale) {
        this.scale = scale;
        this.stroke = new BasicStroke((float) (STROKE_WIDTH * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        int n = minima.size();
        xs = new double[n];
        ys = new double[n];
        global = new boolean[n];
        for (int k = 0; k < n; k++) {
            KnownMinimum m = minima.get(k);
            xs[k] = m.point().get(0);
            ys[k] = heightIsValue ? m.value() : m.point().get(1);
            global[k] = m.global();
        }
    }

    /** Stars at the (x, y) points of two-variable minima, {@code scale} times the standard size. */
    static MinimaLayer onMap(List<KnownMinimum> minima, double scale) {
        return new MinimaLayer(requireCoordinates(minima, 2, "a map"), false, scale);
    }

    /** Stars at the (x, y) points of two-variable minima. */
    static MinimaLayer onMap(List<KnownMinimum> minima) {
        return onMap(minima, 1);
    }

    /** Stars at (x, f(x)) of one-variable minima, {@code scale} times the standard size. */
    static MinimaLayer onCurve(List<KnownMinimum> minima, double scale) {
        return new MinimaLayer(requireCoordinates(minima, 1, "a curve"), true, scale);
    }

    private static List<KnownMinimum> requireCoordinates(List<KnownMinimum> minima, int count, String view) {
        for (KnownMinimum m : minima) {
            if (m.point().size() != count) {
                throw new IllegalArgumentException("a minimum on " + view + " needs " + count
                        + " coordinate(s), not " + m.point());
            }
        }
        return minima;
    }

    /** The squares the stars cover on screen, so that iso-line labels can keep clear of them. */
    List<Rectangle2D> footprints(MapGeometry geometry) {
        List<Rectangle2D> squares = new ArrayList<>(xs.length);
        for (int k = 0; k < xs.length; k++) {
            double r = radius(k);
            squares.add(new Rectangle2D.Double(geometry.toScreenX(xs[k]) - r, geometry.toScreenY(ys[k]) - r, 2 * r,
                    2 * r));
        }
        return squares;
    }

    @Override
    void paint(Graphics2D g2, MapGeometry geometry) {
        Path2D.Double stars = new Path2D.Double();
        for (int k = 0; k < xs.length; k++) {
            Marks.star(stars, geometry.toScreenX(xs[k]), geometry.toScreenY(ys[k]),
                    radius(k));
        }
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setPaint(FILL);
        g2.fill(stars);
        g2.setPaint(OUTLINE);
        g2.setStroke(stroke);
        g2.draw(stars);
    }

    private double radius(int k) {
        return (global[k] ? GLOBAL_RADIUS : LOCAL_RADIUS) * scale;
    }
}
