package gdviz.chart;

import gdviz.core.analysis.BasinMap;
import gdviz.core.analysis.StartGrid;
import gdviz.core.grid.Domain;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Paints a basin map over a contour map: each start cell, translucent, in the colour of the minimum its run
 * reached; grey where the run stopped elsewhere, dark where it diverged. The contours stay readable beneath.
 */
public final class BasinPainter {

    /** Okabe–Ito colours, apart for every kind of colour vision; minimum k gets colour k (cycling). */
    static final List<Color> MINIMUM_COLOURS = Palette.BASINS;
    private static final Color ELSEWHERE = new Color(0x9E9E9E);
    private static final Color DIVERGED = new Color(0x202020);
    /** Opacity of the cells: enough to tell the basins apart, little enough to read the contours. */
    private static final int ALPHA = 115;

    private BasinPainter() {
    }

    /** The colour of minimum {@code index} of a basin map, as its cells show it (opaque). */
    public static Color colourOf(int label) {
        if (label == BasinMap.DIVERGED) {
            return DIVERGED;
        }
        return label < 0 ? ELSEWHERE : MINIMUM_COLOURS.get(label % MINIMUM_COLOURS.size());
    }

    /** An overlay painting {@code basins}. */
    public static ChartOverlay overlay(BasinMap basins) {
        Color[] palette = new Color[MINIMUM_COLOURS.size() + 2];
        return (g2, geometry) -> paint(g2, geometry, basins, palette);
    }

    private static void paint(Graphics2D g2, MapGeometry geometry, BasinMap basins, Color[] translucent) {
        GraphicsState saved = GraphicsState.save(g2);
        try {
            g2.clip(geometry.dataArea());
            StartGrid grid = basins.grid();
            Domain domain = grid.domain();
            // Each cell edge is rounded to a whole pixel once and shared by the cells on both sides, so
            // neighbours meet without a gap or a doubly tinted overlap.
            double[] xs = new double[grid.columns() + 1];
            for (int k = 0; k < xs.length; k++) {
                xs[k] = Math.round(geometry.toScreenX(domain.xMin() + k * domain.width() / grid.columns()));
            }
            double[] ys = new double[grid.rows() + 1];
            for (int k = 0; k < ys.length; k++) {
                ys[k] = Math.round(geometry.toScreenY(domain.yMin() + k * domain.height() / grid.rows()));
            }
            Rectangle2D.Double cell = new Rectangle2D.Double();
            for (int row = 0; row < grid.rows(); row++) {
                double top = Math.min(ys[row], ys[row + 1]);
                double height = Math.abs(ys[row + 1] - ys[row]);
                for (int column = 0; column < grid.columns(); column++) {
                    cell.setRect(xs[column], top, xs[column + 1] - xs[column], height);
                    g2.setColor(translucent(basins.label(column, row), translucent));
                    g2.fill(cell);
                }
            }
        } finally {
            saved.restore();
        }
    }

    private static Color translucent(int label, Color[] cache) {
        int slot = label < 0 ? MINIMUM_COLOURS.size() - label - 1 : label % MINIMUM_COLOURS.size();
        if (cache[slot] == null) {
            Color opaque = colourOf(label);
            cache[slot] = new Color(opaque.getRed(), opaque.getGreen(), opaque.getBlue(), ALPHA);
        }
        return cache[slot];
    }
}
