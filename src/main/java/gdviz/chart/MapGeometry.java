package gdviz.chart;

import gdviz.core.grid.Domain;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * Where a drawn map or curve chart put its data: the data area on screen and the data ranges shown in it.
 *
 * <p>The one mapping between data and screen for the chart's own layers, the overlay and mouse clicks, so they
 * can never disagree. x grows to the right and y upwards, as on the charts of this package.
 *
 * @param left   screen x of the data area's left edge
 * @param top    screen y of the data area's top edge
 * @param width  data area width in pixels, positive
 * @param height data area height in pixels, positive
 * @param domain the data ranges shown: x across, y (or f for a curve) up
 */
public record MapGeometry(double left, double top, double width, double height, Domain domain) {

    public MapGeometry {
        if (!(Double.isFinite(left) && Double.isFinite(top) && width > 0 && height > 0
                && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("a data area needs a finite position and a positive size, not "
                    + width + " × " + height + " at (" + left + ", " + top + ")");
        }
    }

    /** The geometry of {@code dataArea} showing {@code domain}. */
    public static MapGeometry of(Rectangle2D dataArea, Domain domain) {
        return new MapGeometry(dataArea.getX(), dataArea.getY(), dataArea.getWidth(), dataArea.getHeight(), domain);
    }

    /** The geometry of a data area showing the given axis ranges. */
    static MapGeometry of(Rectangle2D dataArea, Range x, Range y) {
        return of(dataArea, new Domain(x.getLowerBound(), x.getUpperBound(), y.getLowerBound(), y.getUpperBound()));
    }

    /**
     * The geometry of {@code chart} as last drawn with {@code info}.
     *
     * @param chart a chart of this package (an XYPlot with a vertical orientation)
     * @param info  the rendering info passed to the chart's last draw
     * @throws IllegalStateException when the chart has not been drawn with this info yet, or left no room for data
     */
    public static MapGeometry of(JFreeChart chart, ChartRenderingInfo info) {
        Plot plot = chart.getPlot();
        if (!(plot instanceof XYPlot)) {
            throw new IllegalArgumentException("the chart has no x-y plot to take a geometry from");
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (area == null || area.isEmpty()) {
            throw new IllegalStateException("the chart has no data area: it has not been drawn yet, or too small to hold one");
        }
        XYPlot xy = (XYPlot) plot;
        return of(area, xy.getDomainAxis().getRange(), xy.getRangeAxis().getRange());
    }

    /** A new rectangle of the data area on screen. */
    public Rectangle2D dataArea() {
        return new Rectangle2D.Double(left, top, width, height);
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    /** Screen x of data x. */
    public double toScreenX(double x) {
        return left + (x - domain.xMin()) / domain.width() * width;
    }

    /** Screen y of data y; larger y is higher on screen. */
    public double toScreenY(double y) {
        return top + (domain.yMax() - y) / domain.height() * height;
    }

    /** Data x at screen x. */
    public double toDataX(double screenX) {
        return domain.xMin() + (screenX - left) / width * domain.width();
    }

    /** Data y at screen y. */
    public double toDataY(double screenY) {
        return domain.yMax() - (screenY - top) / height * domain.height();
    }

    /** Whether a screen point (a click, say) lies in the data area. */
    public boolean contains(double screenX, double screenY) {
        return screenX >= left && screenX <= right() && screenY >= top && screenY <= bottom();
    }

    /** How many pixels one unit of x spans. */
    public double pixelsPerX() {
        return width / domain.width();
    }

    /** How many pixels one unit of y spans. */
    public double pixelsPerY() {
        return height / domain.height();
    }
}
