package gdviz.chart.surface;

import gdviz.core.DifferentiableFunction;
import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart3d.data.Range;
import org.jfree.chart3d.data.xyz.XYZDataset;
import org.jfree.chart3d.graphics3d.Dimension3D;
import org.jfree.chart3d.graphics3d.Object3D;
import org.jfree.chart3d.graphics3d.ViewPoint3D;
import org.jfree.chart3d.graphics3d.World;
import org.jfree.chart3d.plot.XYZPlot;
import org.jfree.chart3d.renderer.ColorScale;
import org.jfree.chart3d.renderer.ColorScaleRenderer;
import org.jfree.chart3d.renderer.ComposeType;
import org.jfree.chart3d.renderer.xyz.AbstractXYZRenderer;
import org.jfree.chart3d.renderer.xyz.XYZRenderer;

/**
 * Composes the surface and the descent path into one world. An XYZ plot has a single renderer, and the path
 * must be hidden by hills in front of it and hide the surface behind it, so both go into the same world and
 * are painted in one depth order.
 *
 * <p>Orson's own surface renderer samples the function anew at every composition and turns NaN into broken
 * faces; this one samples once per mesh size, keeps each mesh, and leaves cells with NaN corners open. A new
 * path frame then costs a fresh composition that reuses the mesh object and rebuilds only the path.
 */
final class SurfaceWithPathRenderer extends AbstractXYZRenderer implements XYZRenderer, ColorScaleRenderer {

    /** World partitions, so that the objects of each part can be told apart when reading a world back. */
    static final String SURFACE = "surface";
    static final String PATH = "path";
    static final String OTHER_RUNS = "other runs";

    private final DifferentiableFunction function;
    private final Domain domain;
    private final HeightRange heights;
    private final double[] levels;
    private final ColorScale colours;
    private final PathShapes pathShapes;
    private final SurfacePath path = new SurfacePath();
    private final List<OtherRun> otherRuns = new ArrayList<>();
    private final Map<Integer, SampledGrid> grids = new HashMap<>();
    private final Map<Integer, Mesh> meshes = new HashMap<>();
    private int cells;
    private boolean outlined = true;
    /** The objects of the latest composition, each with its faces in paint order from {@link #paintedFrom}. */
    private List<DepthOrder> composed = List.of();
    /** The view point the next drawing is seen from; null until one is given. */
    private ViewPoint3D paintedFrom;

    /** A further run: its points and how they are drawn. */
    private record OtherRun(SurfacePath path, PathShapes shapes) {
    }

    /** A built mesh, the placement it was built for, and the order of its faces. */
    private record Mesh(WorldMapping mapping, SurfaceMesh object, DepthOrder order) {
    }

    /**
     * @param levels  strictly ascending, the levels at which {@code colours} changes colour
     * @param cells   the first mesh size, cells along each side
     */
    SurfaceWithPathRenderer(DifferentiableFunction function, Domain domain, HeightRange heights, double[] levels,
            ColorScale colours, PathShapes pathShapes, int cells) {
        this.function = function;
        this.domain = domain;
        this.heights = heights;
        this.levels = levels;
        this.colours = colours;
        this.pathShapes = pathShapes;
        this.cells = cells;
    }

    int cells() {
        return cells;
    }

    /** Switches the mesh to {@code cells} × {@code cells}; meshes already built are kept for switching back. */
    void setCells(int cells) {
        if (cells != this.cells) {
            this.cells = cells;
            fireChangeEvent(true);
        }
    }

    /**
     * Whether mesh faces are outlined in their own colour. Outlines close the hairline seams that antialiased
     * filling leaves between neighbouring faces, at about twice the drawing time.
     */
    void setOutlined(boolean outlined) {
        if (outlined != this.outlined) {
            this.outlined = outlined;
            fireChangeEvent(true);
        }
    }

    SurfacePath path() {
        return path;
    }

    /**
     * Lays {@code runs} on the surface beside the path, each in its colour, replacing those laid before.
     */
    void showOtherRuns(List<SurfaceRun> runs) {
        otherRuns.clear();
        for (SurfaceRun run : runs) {
            SurfacePath points = new SurfacePath();
            points.show(run.run(), run.current());
            otherRuns.add(new OtherRun(points, pathShapes.inColour(run.colour())));
        }
        fireChangeEvent(true);
    }

    /** The number of further runs laid on the surface. */
    int otherRunCount() {
        return otherRuns.size();
    }

    /**
     * Puts the faces of the objects composed in paint order as seen from {@code view}, and those of objects
     * composed from now on, which makes the chart's painter's sort close to linear; see {@link DepthOrder}.
     *
     * @param view the view point the chart is about to be drawn from
     */
    void arrangeFor(ViewPoint3D view) {
        paintedFrom = view;
        for (DepthOrder order : composed) {
            order.arrange(view);
        }
    }

    /** Tells the chart that the path changed, so the next drawing composes the world anew. */
    void pathChanged() {
        fireChangeEvent(true);
    }

    @Override
    public ColorScale getColorScale() {
        return colours;
    }

    @Override
    public ComposeType getComposeType() {
        return ComposeType.ALL;
    }

    @Override
    public void composeAll(XYZPlot plot, World world, Dimension3D dimensions, double xOffset, double yOffset,
            double zOffset) {
        WorldMapping mapping = WorldMapping.of(plot, xOffset, yOffset, zOffset);
        Mesh mesh = mesh(mapping);
        mesh.object().setOutline(outlined);
        world.add(SURFACE, mesh.object());
        List<DepthOrder> orders = new ArrayList<>();
        orders.add(mesh.order());
        for (OtherRun other : otherRuns) {
            add(world, OTHER_RUNS, other.shapes().compose(other.path(), mapping, cells), orders);
        }
        add(world, PATH, pathShapes.compose(path, mapping, cells), orders);
        if (paintedFrom != null) {
            // A mesh composed last time is in order already; everything else is put in order here.
            for (DepthOrder order : orders) {
                if (!composed.contains(order)) {
                    order.arrange(paintedFrom);
                }
            }
        }
        composed = orders;
    }

    private static void add(World world, String partition, List<Object3D> shapes, List<DepthOrder> orders) {
        for (Object3D shape : shapes) {
            world.add(partition, shape);
            orders.add(new DepthOrder(shape));
        }
    }

    /** Never called: the plot asks for items only from renderers whose compose type is per item. */
    @Override
    public void composeItem(XYZDataset dataset, int series, int item, World world, Dimension3D dimensions,
            double xOffset, double yOffset, double zOffset) {
        throw new UnsupportedOperationException("the surface is composed whole, not item by item");
    }

    /** The sampled grid behind the current mesh: (cells + 1)² samples spanning the domain. */
    SampledGrid grid() {
        return grids.computeIfAbsent(cells, n -> SampledGrid.sample(function, domain, n + 1, n + 1));
    }

    private Mesh mesh(WorldMapping mapping) {
        Mesh built = meshes.get(cells);
        if (built == null || !built.mapping().equals(mapping)) {
            SurfaceMesh object = SurfaceMesh.build(grid(), mapping, heights, levels, colours);
            built = new Mesh(mapping, object, new DepthOrder(object));
            meshes.put(cells, built);
        }
        return built;
    }

    @Override
    public Range findXRange(XYZDataset dataset) {
        return new Range(domain.xMin(), domain.xMax());
    }

    @Override
    public Range findYRange(XYZDataset dataset) {
        return new Range(heights.min(), heights.max());
    }

    @Override
    public Range findZRange(XYZDataset dataset) {
        return new Range(domain.yMin(), domain.yMax());
    }
}
