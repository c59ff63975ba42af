package gdviz.ui.curve;

import gdviz.chart.ChartLook;
import gdviz.chart.CurveChart;
import gdviz.chart.CurveSpec;
import gdviz.core.DifferentiableFunction;
import gdviz.core.presets.KnownMinimum;
import gdviz.ui.picture.ChartRecipe;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The still part of the curve view: f over the x range with its known minima.
 *
 * @param function a function of one variable
 * @param xMin     the left end of the range
 * @param xMax     the right end, above {@code xMin}
 * @param minima   known minima, one coordinate each
 * @param look     the chart's colours and the size of its lines and text
 */
record CurveRecipe(DifferentiableFunction function, double xMin, double xMax, List<KnownMinimum> minima,
                   ChartLook look) implements ChartRecipe {

    @Override
    public JFreeChart build(int width, int height) {
        return CurveChart.create(new CurveSpec(function, xMin, xMax, minima, null), look);
    }
}
