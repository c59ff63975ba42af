package gdviz.chart.surface;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Trajectory;
import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.core.grid.ContourLevels;
import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;
import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jfree.chart3d.graphics3d.Face;
import org.jfree.chart3d.graphics3d.Point3D;
import org.jfree.chart3d.graphics3d.World;

/** Surfaces built the way the app builds them, and ways to read back what their worlds hold. */
final class Surfaces {

    static final int LEVELS = 10;

    private Surfaces() {
    }

    static DifferentiableFunction function(String text) {
        try {
            return FunctionParser.parse(text).compile();
        } catch (ExpressionException e) {
            throw new AssertionError(text, e);
        }
    }

    static List<Preset> twoVariablePresets() {
        return Presets.all().stream().filter(p -> function(p.expression()).dimension() == 2)
                .collect(Collectors.toList());
    }

    static Preset preset(String name) {
        return Presets.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The spec beside a map of 101 × 101 samples with a readable f axis, and levels as a user would pick them:
     * logarithmic where the f axis is clipped (the values span orders of magnitude), linear elsewhere.
     */
    static SurfaceSpec spec(DifferentiableFunction f, Domain domain) {
        SampledGrid grid = SampledGrid.sample(f, domain, 101, 101);
        HeightRange heights = HeightRange.readable(grid);
        double[] levels = heights.max() < grid.max()
                ? ContourLevels.logarithmic(grid.min(), grid.max(), LEVELS)
                : ContourLevels.linear(grid.min(), grid.max(), LEVELS);
        return new SurfaceSpec(f, domain, heights, levels, null);
    }

    static SurfaceChart chart(Preset preset, int cells) {
        return SurfaceChart.create(spec(function(preset.expression()), preset.domain()), cells);
    }

    static Trajectory descent(DifferentiableFunction f, Preset preset) {
        double[] start = preset.start().stream().mapToDouble(Double::doubleValue).toArray();
        return new Descent(f, new GradientDescent(), DescentSettings.withRate(preset.rate())).trace(start);
    }

    /** The mapping the chart's world uses. */
    static WorldMapping mapping(SurfaceChart chart) {
        var box = chart.chart().getDimensions();
        return WorldMapping.of((org.jfree.chart3d.plot.XYZPlot) chart.chart().getPlot(), -box.getWidth() / 2,
                -box.getHeight() / 2, -box.getDepth() / 2);
    }

    static SurfaceMesh mesh(World world) {
        return (SurfaceMesh) world.getObjects().stream().filter(o -> o instanceof SurfaceMesh).findFirst()
                .orElseThrow();
    }

    /** Every corner of every face of {@code solid}, in world coordinates. */
    static List<Point3D> faceCorners(Solid solid) {
        List<Point3D> corners = new ArrayList<>();
        for (Face face : solid.getFaces()) {
            corners.addAll(corners(solid, face));
        }
        return corners;
    }

    /** The corners of one face of {@code solid}, in world coordinates. */
    static List<Point3D> corners(Solid solid, Face face) {
        List<Point3D> corners = new ArrayList<>();
        for (int k = 0; k < face.getVertexCount(); k++) {
            corners.add(solid.vertex(face.getVertexIndex(k) - face.getOffset()));
        }
        return corners;
    }

    /** The step markers in {@code world}. */
    static List<Solid> markers(World world) {
        return world.getObjects().stream().filter(o -> o.getProperty(PathShapes.STEP) != null)
                .map(Solid.class::cast).collect(Collectors.toList());
    }

    static int step(Solid marker) {
        return (Integer) marker.getProperty(PathShapes.STEP);
    }

    /** The world objects of the path other than markers: the tube. */
    static List<Solid> tubes(World world) {
        return world.getObjects().stream()
                .filter(o -> !(o instanceof SurfaceMesh) && o.getProperty(PathShapes.STEP) == null)
                .map(Solid.class::cast).collect(Collectors.toList());
    }
}
