package gdviz.ui.map;

import gdviz.chart.ChartLook;
import gdviz.chart.ContourMap;
import gdviz.chart.MapSpec;
import gdviz.core.DifferentiableFunction;
import gdviz.core.grid.ContourLevels;
import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;
import gdviz.core.presets.KnownMinimum;
import gdviz.ui.picture.ChartRecipe;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The still part of the contour map: the function sampled about once per screen pixel of the data area (so the
 * bands have smooth edges at any window size), its contour levels, labelled iso-lines and known minima. It keeps
 * what its last build sampled, so the surface beside the map takes exactly the map's levels and colours.
 */
final class MapRecipe implements ChartRecipe {

    /** Contour levels drawn: enough to read the shape, few enough to label. */
    static final int LEVELS = 14;
    /** Pixels of the picture taken by the axes and the colour bar rather than the data area. */
    private static final int AXES_WIDTH = 200;
    private static final int AXES_HEIGHT = 60;
    private static final int FEWEST_SAMPLES = 60;
    private static final int MOST_SAMPLES = 1200;

    private final DifferentiableFunction function;
    private final Domain domain;
    private final boolean logColours;
    private final List<KnownMinimum> minima;
    private final ChartLook look;
    /** Written by the drawing thread, read on the UI thread once the picture is shown. */
    private volatile MapSpec built;
    private volatile boolean failed;

    /**
     * @param function   a function of two variables
     * @param domain     the region to show
     * @param logColours whether levels are spaced logarithmically above the minimum
     * @param minima     known minima to mark
     * @param look       the colours around the map and the size of its lines and text
     */
    MapRecipe(DifferentiableFunction function, Domain domain, boolean logColours, List<KnownMinimum> minima,
            ChartLook look) {
        this.look = look;
        this.function = function;
        this.domain = domain;
        this.logColours = logColours;
        this.minima = List.copyOf(minima);
    }

    @Override
    public JFreeChart build(int width, int height) {
        SampledGrid grid = SampledGrid.sample(function, domain, samples(width - AXES_WIDTH),
                samples(height - AXES_HEIGHT));
        if (!grid.hasFiniteValues()) {
            failed = true;
            throw new IllegalArgumentException(DrawnMap.UNDEFINED);
        }
        MapSpec spec = new MapSpec(grid, levels(grid), function.variables(), minima, null);
        JFreeChart chart = ContourMap.create(spec, look);
        built = spec;
        return chart;
    }

    /** Both axes at the same scale: only then is the gradient perpendicular to the iso-lines on screen. */
    @Override
    public double aspectRatio() {
        return domain.height() / domain.width();
    }

    /** What the last successful build showed; null before one. */
    MapSpec built() {
        return built;
    }

    /** Whether a build found nothing to draw: f is undefined everywhere in the region. */
    boolean failed() {
        return failed;
    }

    DifferentiableFunction function() {
        return function;
    }

    private double[] levels(SampledGrid grid) {
        if (!(grid.max() > grid.min())) {
            return new double[0];
        }
        return logColours
                ? ContourLevels.logarithmic(grid.min(), grid.max(), LEVELS)
                : ContourLevels.linear(grid.min(), grid.max(), LEVELS);
    }

    private static int samples(int pixels) {
        return Math.max(FEWEST_SAMPLES, Math.min(MOST_SAMPLES, pixels));
    }
}
