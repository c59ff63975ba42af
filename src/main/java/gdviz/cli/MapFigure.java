package gdviz.cli;

import gdviz.chart.ChartOverlay;
import gdviz.chart.ContourMap;
import gdviz.chart.Figure;
import gdviz.chart.FigureException;
import gdviz.chart.FigureWriter;
import gdviz.chart.MapGeometry;
import gdviz.chart.MapSpec;
import gdviz.chart.PathFrame;
import gdviz.chart.PathPainter;
import gdviz.core.DifferentiableFunction;
import gdviz.core.grid.ContourLevels;
import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;
import org.jfree.chart.JFreeChart;

/** The contour map of a function of two variables with the whole descent path over it. */
final class MapFigure {

    /** Grid samples along the longer side of the draft drawn only to learn where the data area falls. */
    private static final int DRAFT_SAMPLES = 48;
    private static final int FEWEST_SAMPLES = 2;

    private MapFigure() {
    }

    /** The map of {@code request} with the path painted over it. */
    static Figure create(PlotRequest request) throws UserInputException, FigureException {
        return Figure.of(chart(request), ChartOverlay.of(new PathPainter(), frame(request)));
    }

    /**
     * The map without the path. Without {@code --domain} the default region is widened along one axis so that x
     * and y get the same scale in the figure, as in the app: circles stay round and −∇f stays at right angles to
     * the iso-lines. An explicit {@code --domain} is shown exactly as given.
     */
    static JFreeChart chart(PlotRequest request) throws UserInputException, FigureException {
        DifferentiableFunction f = request.function().compile();
        Domain region = request.domain() == null ? sameScaleRegion(request, f) : explicitRegion(request);
        return ContourMap.create(spec(request, f, region));
    }

    private static Domain sameScaleRegion(PlotRequest request, DifferentiableFunction f)
            throws UserInputException, FigureException {
        Domain region = PlotRegion.forMap(request.path(), request.preset());
        // Axis labels and the colour bar take room that depends on the chart, so draw a cheap draft to measure.
        MapSpec draft = spec(request, f, region, DRAFT_SAMPLES);
        MapGeometry layout = FigureWriter.layout(ContourMap.create(draft), request.size().width(),
                request.size().height());
        return region.widenedToAspect(layout.height() / layout.width());
    }

    /**
     * The region {@code --domain} gives.
     *
     * @throws UserInputException unless it gives xmin,xmax,ymin,ymax, each pair ascending
     */
    static Domain explicitRegion(PlotRequest request) throws UserInputException {
        double[] d = request.domainValues(4, "xmin,xmax,ymin,ymax for a function of two variables");
        try {
            return new Domain(d[0], d[1], d[2], d[3]);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--domain: " + e.getMessage());
        }
    }

    /** What the map of {@code f} over {@code region} shows, sampled as {@code --samples} asks. */
    static MapSpec spec(PlotRequest request, DifferentiableFunction f, Domain region) throws UserInputException {
        return spec(request, f, region, request.samples());
    }

    private static MapSpec spec(PlotRequest request, DifferentiableFunction f, Domain region, int samples)
            throws UserInputException {
        double longer = Math.max(region.width(), region.height());
        int columns = Math.max(FEWEST_SAMPLES, (int) Math.round(samples * region.width() / longer));
        int rows = Math.max(FEWEST_SAMPLES, (int) Math.round(samples * region.height() / longer));
        SampledGrid grid = SampledGrid.sample(f, region, columns, rows);
        if (!grid.hasFiniteValues()) {
            throw new UserInputException("f has no finite value anywhere in x from " + region.xMin() + " to "
                    + region.xMax() + ", y from " + region.yMin() + " to " + region.yMax() + "; choose another --domain");
        }
        return new MapSpec(grid, levels(request, grid), request.function().variables(), request.minima(),
                request.title());
    }

    private static double[] levels(PlotRequest request, SampledGrid grid) {
        if (!(grid.max() > grid.min())) {
            return new double[0]; // f is constant here: one band, no iso-lines
        }
        return request.logLevels()
                ? ContourLevels.logarithmic(grid.min(), grid.max(), request.levels())
                : ContourLevels.linear(grid.min(), grid.max(), request.levels());
    }

    private static PathFrame frame(PlotRequest request) {
        int last = request.last();
        return new PathFrame(request.coordinates(0), request.coordinates(1), last,
                request.path().partial(last, 0), request.path().partial(last, 1), request.rate());
    }
}
