package gdviz.chart;

import gdviz.core.grid.Domain;
import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the static curve view of a one-variable function: f over the range as a line (left open where f is
 * undefined), named axes and known minima. The steps and the tangent are painted over it by
 * {@link CurvePainter}, as the path is over a map.
 */
public final class CurveChart {

    /** Samples along x: smooth at any window width a teacher will project. */
    static final int SAMPLES = 800;
    /** Okabe–Ito blue: apart from the vermilion steps and the dark tangent for every kind of colour vision. */
    static final Color CURVE = Palette.BLUE;
    private static final double VERTICAL_MARGIN = 0.05;

    private CurveChart() {
    }

    /**
     * The curve chart for {@code spec}: x shows exactly the spec's range, f its sampled range plus 5 % above and
     * below.
     *
     * @throws IllegalArgumentException when f has no finite value on the range
     */
    public static JFreeChart create(CurveSpec spec) {
        return create(spec, ChartLook.light());
    }

    /**
     * The curve chart for {@code spec} in {@code look}: its colours, and its size factor for the curve, the
     * stars and the text.
     *
     * @throws IllegalArgumentException when f has no finite value on the range
     */
    public static JFreeChart create(CurveSpec spec, ChartLook look) {
        XYSeries series = new XYSeries("f", false, true);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double step = (spec.xMax() - spec.xMin()) / (SAMPLES - 1);
        for (int k = 0; k < SAMPLES; k++) {
            double x = spec.xMin() + k * step;
            double f = spec.function().value(x);
            if (Double.isFinite(f)) {
                lo = Math.min(lo, f);
                hi = Math.max(hi, f);
            } else {
                f = Double.NaN; // the renderer leaves a gap at NaN
            }
            series.add(x, f, false);
        }
        String name = spec.variable();
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("f(" + name + ") has no finite value between " + spec.xMin()
                    + " and " + spec.xMax());
        }
        double margin = hi > lo ? (hi - lo) * VERTICAL_MARGIN : Math.max(1, Math.abs(lo) * 0.1);
        Domain ranges = new Domain(spec.xMin(), spec.xMax(), lo - margin, hi + margin);
        XYPlot plot = Plots.plot(name, "f(" + name + ")", ranges, look.plotBackground(), look);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, look.curve());
        renderer.setSeriesStroke(0, new BasicStroke((float) (2 * look.scale()), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        plot.setDataset(new XYSeriesCollection(series));
        plot.setRenderer(renderer);
        plot.addAnnotation(MinimaLayer.onCurve(spec.minima(), look.scale()), false);
        return Plots.chart(plot, spec.title(), look);
    }
}
