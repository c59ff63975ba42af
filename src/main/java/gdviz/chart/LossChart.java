package gdviz.chart;

import gdviz.core.analysis.LossSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The loss chart: how far from done each run is (f − f_min, or |∇f| where f_min is unknown) on a log axis against
 * the iteration, one line per run in the run's colour, with a vertical line at the shown step.
 *
 * <p>The step line is not part of the chart: moving it would redraw the whole chart per animation frame. It is
 * painted over the chart instead, by {@link #stepLine()} in a figure and by a view's own line on screen, both at
 * {@link #stepX}.
 */
public final class LossChart {

    /**
     * One run's line.
     *
     * @param name   the run's name
     * @param colour its colour, as on the map
     * @param values its loss at every iteration, all of the same {@link LossSeries.Kind}
     */
    public record Line(String name, Color colour, LossSeries values) {
        public Line {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(values, "values");
        }
    }

    private final JFreeChart chart;
    private final XYPlot plot;
    /** The step line's colour and width, on screen and in figures: the text colour of the look. */
    private final Color stepColour;
    private final BasicStroke stepStroke;
    private int step;

    /**
     * @param lines the runs, drawn in this order (the last on top); may be empty
     * @param kind  what the values measure, which names the vertical axis
     */
    public LossChart(List<Line> lines, LossSeries.Kind kind) {
        this(lines, kind, ChartLook.light());
    }

    /**
     * @param lines the runs, drawn in this order (the last on top); may be empty
     * @param kind  what the values measure, which names the vertical axis
     * @param look  the chart's colours and the size of its lines and text
     */
    public LossChart(List<Line> lines, LossSeries.Kind kind, ChartLook look) {
        stepColour = look.text();
        stepStroke = look.stroke(1.2f);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (Line line : lines) {
            // Series keys must differ; two pins may share a name.
            XYSeries series = new XYSeries(data.getSeriesCount() + ": " + line.name(), false, true);
            for (int k = 0; k < line.values().size(); k++) {
                double value = line.values().value(k);
                series.add(k, Double.isFinite(value) ? value : Double.NaN, false);
            }
            renderer.setSeriesPaint(data.getSeriesCount(), look.ink(line.colour()));
            renderer.setSeriesStroke(data.getSeriesCount(), look.stroke(2f));
            data.addSeries(series);
        }
        NumberAxis iterations = new NumberAxis("iteration");
        iterations.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        iterations.setAutoRangeIncludesZero(true);
        LogAxis loss = new LogAxis(kind.label());
        loss.setBase(10);
        loss.setSmallestValue(1e-300);
        loss.setAutoRange(true);
        Plots.style(iterations, look);
        Plots.style(loss, look);
        plot = new XYPlot(data, iterations, loss, renderer);
        plot.setBackgroundPaint(look.plotBackground());
        plot.setDomainGridlinePaint(look.grid());
        plot.setRangeGridlinePaint(look.grid());
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlinePaint(look.outline());
        chart = Plots.chart(plot, null, look);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Moves the step line to iteration {@code iteration}, 0 or more; the chart itself does not change. */
    public void showStep(int iteration) {
        step = iteration;
    }

    /** The iteration the step line is at. */
    public int step() {
        return step;
    }

    /**
     * Screen x of the step line in a drawing of the chart.
     *
     * @param dataArea where that drawing put the plot's data area
     */
    public double stepX(Rectangle2D dataArea) {
        return screenX(step, dataArea);
    }

    private double screenX(int iteration, Rectangle2D dataArea) {
        return plot.getDomainAxis().valueToJava2D(iteration, dataArea, plot.getDomainAxisEdge());
    }

    /** The step line's colour, on screen and in figures. */
    public Color stepColour() {
        return stepColour;
    }

    /** The step line's width in pixels, on screen and in figures. */
    public float stepWidth() {
        return stepStroke.getLineWidth();
    }

    /** The step line at the current step, to paint over a drawing of the chart (a figure). */
    public ChartOverlay stepLine() {
        int at = step;
        return (g2, geometry) -> {
            Rectangle2D area = geometry.dataArea();
            double x = screenX(at, area);
            if (x >= area.getMinX() && x <= area.getMaxX()) {
                GraphicsState saved = GraphicsState.save(g2);
                try {
                    g2.setPaint(stepColour);
                    g2.setStroke(stepStroke);
                    g2.draw(new Line2D.Double(x, area.getMinY(), x, area.getMaxY()));
                } finally {
                    saved.restore();
                }
            }
        };
    }
}
