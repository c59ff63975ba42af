package gdviz.chart;

import gdviz.core.analysis.BasinMap;
import gdviz.core.analysis.StartGrid;
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
            double halfWidth = grid.domain().width() / grid.columns() / 2;
            double halfHeight = grid.domain().height() / grid.rows() / 2;
            Rectangle2D.Double cell = new Rectangle2D.Double();
            for (int row = 0; row < grid.rows(); row++) {
                double top = Math.round(geometry.toScreenY(grid.y(row) + halfHeight));
                double bottom = Math.round(geometry.toScreenY(grid.y(row) - halfHeight));
                for (int column = 0; column < grid.columns(); column++) {
                    // Edges on whole pixels: neighbours meet without a gap or a doubly tinted overlap.
                    double left = Math.round(geometry.toScreenX(grid.x(column) - halfWidth));
                    double right = Math.round(geometry.toScreenX(grid.x(column) + halfWidth));
                    cell.setRect(left, top, right - left, bottom - top);
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
