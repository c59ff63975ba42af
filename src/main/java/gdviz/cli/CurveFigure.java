package gdviz.cli;

import gdviz.chart.ChartOverlay;
import gdviz.chart.CurveChart;
import gdviz.chart.CurveFrame;
import gdviz.chart.CurvePainter;
import gdviz.chart.CurveSpec;
import gdviz.chart.Figure;
import gdviz.core.DifferentiableFunction;
import org.jfree.chart.JFreeChart;

/** The curve of a function of one variable with every descent step on it and the tangent at the last. */
final class CurveFigure {

    private CurveFigure() {
    }

    /** The curve of {@code request}; f's range is the curve's own, so {@code --domain} gives x only. */
    static Figure create(PlotRequest request) throws UserInputException {
        DifferentiableFunction f = request.function().compile();
        double[] range = request.domain() == null ? PlotRegion.forCurve(request.path(), request.preset())
                : request.domainValues(2, "xmin,xmax for a function of one variable (the f range follows the curve)");
        if (!(range[1] > range[0])) {
            throw new UserInputException("--domain: xmin must be below xmax, not " + range[0] + " and " + range[1]);
        }
        JFreeChart chart;
        try {
            chart = CurveChart.create(new CurveSpec(f, range[0], range[1], request.minima(), request.title()));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage()); // f is undefined all along the range
        }
        int last = request.last();
        CurveFrame frame = new CurveFrame(request.coordinates(0), request.values(), last,
                request.path().partial(last, 0), request.rate());
        return Figure.of(chart, ChartOverlay.of(new CurvePainter(), frame));
    }
}
