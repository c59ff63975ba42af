package gdviz.chart;

import gdviz.core.grid.LevelBands;
import gdviz.core.grid.MarchingSquares;
import gdviz.core.grid.SampledGrid;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Builds the static contour map of a two-variable function: filled bands, labelled iso-lines, a colour bar,
 * named axes and known minima. The moving parts (the descent path) are painted over it by {@link PathPainter}.
 *
 * <p>Building costs one image and one marching-squares pass; redrawing the chart (on resize) reuses both. Safe
 * to call off the UI thread: the result shares nothing.
 */
public final class ContourMap {

    /** Shows through where f is undefined (NaN or infinite), a grey that no viridis band uses. */
    public static final Color UNDEFINED_BACKGROUND = new Color(0xD0, 0xD0, 0xD0);

    private ContourMap() {
    }

    /**
     * The map chart for {@code spec}; the axes show exactly the grid's domain.
     *
     * @throws IllegalArgumentException when the grid has no finite sample, so there is nothing to colour
     */
    public static JFreeChart create(MapSpec spec) {
        return create(spec, ChartLook.light());
    }

    /**
     * The map chart for {@code spec} in {@code look}: its colours around the data area, and its size factor for
     * iso-lines, labels and stars.
     *
     * @throws IllegalArgumentException when the grid has no finite sample, so there is nothing to colour
     */
    public static JFreeChart create(MapSpec spec, ChartLook look) {
        SampledGrid grid = spec.grid();
        if (!grid.hasFiniteValues()) {
            throw new IllegalArgumentException("the function has no finite value anywhere on the map's domain");
        }
        double[] levels = spec.levels();
        ContourBands bands = new ContourBands(levels, ColourMap.viridis());
        XYPlot plot = Plots.plot(spec.axisNames().get(0), spec.axisNames().get(1), grid.domain(),
                UNDEFINED_BACKGROUND, look);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        // Each sample's band, found once: the image is coloured by it and the tracer reads the crossing levels from it.
        LevelBands sampleBands = LevelBands.of(grid, levels);
        // The bands are painted while the lines are traced and joined, whose last steps leave cores idle.
        CompletableFuture<BufferedImage> image = CompletableFuture.supplyAsync(
                () -> ContourImage.render(sampleBands, bands));
        LevelLabels labels = new LevelLabels(bands, grid.min(), grid.max());
        MinimaLayer minima = MinimaLayer.onMap(spec.minima(), look.scale());
        IsoLineLayer lines = new IsoLineLayer(MarchingSquares.trace(sampleBands), labels, grid.domain(), minima,
                look.scale());
        plot.addAnnotation(new ContourImageLayer(image.join(), grid.domain()), false);
        plot.addAnnotation(lines, false);
        plot.addAnnotation(minima, false);
        JFreeChart chart = Plots.chart(plot, spec.title(), look);
        String valueName = "f(" + String.join(", ", spec.axisNames()) + ")";
        chart.addSubtitle(ColourBar.create(bands, labels, valueName, look));
        return chart;
    }
}
