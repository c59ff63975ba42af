package gdviz.chart;

import gdviz.core.analysis.CriticalRate;
import gdviz.core.analysis.SweepPoint;
import gdviz.core.analysis.SweepResult;
import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The learning-rate sweep: against α on a log axis, the iterations each rate needed to converge (top) and the
 * value of f where its run ended (bottom), with the stability limit 2/λ_max drawn across both, so one picture
 * shows slow convergence on the left and blow-up on the right.
 */
public final class SweepChart {

    /** Vermilion for the limit, apart from the look's blue points for every kind of colour vision. */
    private static final Color LIMIT = Palette.VERMILION;

    private SweepChart() {
    }

    /** The chart of {@code result}; rates that did not converge are left out of the top plot. */
    public static JFreeChart create(SweepResult result) {
        return create(result, ChartLook.light());
    }

    /** The chart of {@code result} in {@code look}; rates that did not converge are left out of the top plot. */
    public static JFreeChart create(SweepResult result, ChartLook look) {
        XYSeries iterations = new XYSeries("iterations to converge", false, true);
        XYSeries finals = new XYSeries("final f", false, true);
        boolean allPositive = true;
        for (SweepPoint point : result.points()) {
            iterations.add(point.rate(), point.converged() ? point.iterations() : Double.NaN, false);
            double f = Double.isFinite(point.finalValue()) ? point.finalValue() : Double.NaN;
            finals.add(point.rate(), f, false);
            allPositive &= !(f <= 0);
        }
        LogAxis rates = new LogAxis("learning rate \u03b1");
        rates.setBase(10);
        rates.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // whole powers of ten
        Plots.style(rates, look);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rates);
        plot.setGap(8);
        NumberAxis steps = new NumberAxis("iterations to converge");
        steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.add(subplot(iterations, steps, result.limit(), look), 1);
        ValueAxis values = allPositive ? new LogAxis("final f") : new NumberAxis("final f");
        plot.add(subplot(finals, values, result.limit(), look), 1);
        return Plots.chart(plot, null, look);
    }

    private static XYPlot subplot(XYSeries series, ValueAxis axis, CriticalRate limit, ChartLook look) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, look.curve());
        renderer.setSeriesStroke(0, look.stroke(1.5f));
        Plots.style(axis, look);
        XYPlot subplot = new XYPlot(new XYSeriesCollection(series), null, axis, renderer);
        subplot.setBackgroundPaint(look.plotBackground());
        subplot.setDomainGridlinePaint(look.grid());
        subplot.setRangeGridlinePaint(look.grid());
        subplot.setOutlinePaint(look.outline());
        if (limit.isPresent()) {
            ValueMarker marker = new ValueMarker(limit.value(), LIMIT, look.stroke(2f));
            marker.setLabelFont(look.font(marker.getLabelFont()));
            marker.setLabel("2/\u03bbmax");
            marker.setLabelPaint(LIMIT);
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            subplot.addDomainMarker(marker);
        }
        return subplot;
    }
}
