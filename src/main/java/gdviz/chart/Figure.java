package gdviz.chart;

import java.awt.Graphics2D;
import org.jfree.chart.JFreeChart;

/**
 * Anything {@link FigureWriter} can export: a chart of this package with its overlay, or a chart of another kind
 * (a 3-D surface) that draws itself into a rectangle.
 */
@FunctionalInterface
public interface Figure {

    /**
     * Draws the whole figure filling (0, 0, width, height) of {@code g2}.
     *
     * @throws FigureSizeException when the figure cannot fit in that size
     */
    void draw(Graphics2D g2, int width, int height) throws FigureSizeException;

    /**
     * {@code body} under {@code title} in the style of this package's charts, wrapped to the figure's width: for
     * a chart whose own title looks different or does not wrap, such as a 3-D surface.
     *
     * @param title the title, not blank
     * @param body  draws below the title, in what height the title leaves
     */
    static Figure titled(String title, Figure body) {
        return new TitledFigure(title, body);
    }

    /** {@code chart} with {@code overlay} painted over its data area. */
    static Figure of(JFreeChart chart, ChartOverlay overlay) {
        return (g2, width, height) -> FigureWriter.draw(g2, chart, width, height, overlay);
    }
}
