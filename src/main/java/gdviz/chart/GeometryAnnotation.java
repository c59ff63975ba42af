package gdviz.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A layer of a chart that paints in screen space through {@link MapGeometry}, the same mapping the overlay uses.
 *
 * <p>Each instance is its own layer, so equality is identity (JFreeChart finds annotations by equals).
 */
abstract class GeometryAnnotation extends AbstractXYAnnotation {

    @Override
    public final void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                           ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        GraphicsState saved = GraphicsState.save(g2);
        try {
            paint(g2, MapGeometry.of(dataArea, domainAxis.getRange(), rangeAxis.getRange()));
        } finally {
            saved.restore();
        }
    }

    /** Paints this layer; {@code g2} is its drawing state is restored afterwards. */
    abstract void paint(Graphics2D g2, MapGeometry geometry);

    @Override
    public final boolean equals(Object other) {
        return this == other;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(this);
    }
}
