package gdviz.chart;

import java.awt.Graphics2D;

/**
 * What is painted over a drawn chart: in the app on a transparent canvas per animation frame, in an exported
 * figure straight after the chart, through the same code.
 */
@FunctionalInterface
public interface ChartOverlay {

    /** Paints nothing. */
    ChartOverlay NONE = (g2, geometry) -> { };

    /**
     * @param g2       the surface, in the chart's screen coordinates
     * @param geometry where the chart put its data area
     */
    void paint(Graphics2D g2, MapGeometry geometry);

    /** An overlay painting {@code frame} with {@code painter}. */
    static ChartOverlay of(PathPainter painter, PathFrame frame) {
        return (g2, geometry) -> painter.paint(g2, geometry, frame);
    }

    /** An overlay painting {@code frame} with {@code painter}. */
    static ChartOverlay of(CurvePainter painter, CurveFrame frame) {
        return (g2, geometry) -> painter.paint(g2, geometry, frame);
    }
}
