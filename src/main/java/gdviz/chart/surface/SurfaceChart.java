package gdviz.chart.surface;

import gdviz.chart.ChartLook;
import gdviz.chart.ContourColorScale;
import gdviz.chart.Figure;
import gdviz.chart.PathStyle;
import gdviz.core.descent.Trajectory;
import gdviz.core.grid.Domain;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart3d.Chart3D;
import org.jfree.chart3d.axis.LabelOrientation;
import org.jfree.chart3d.axis.NumberAxis3D;
import org.jfree.chart3d.data.xyz.XYZSeriesCollection;
import org.jfree.chart3d.graphics3d.Dimension3D;
import org.jfree.chart3d.graphics3d.ViewPoint3D;
import org.jfree.chart3d.graphics3d.World;
import org.jfree.chart3d.plot.XYZPlot;
import org.jfree.chart3d.style.ChartStyle;
import org.jfree.chart3d.style.StandardChartStyle;
import org.jfree.chart3d.table.StandardRectanglePainter;

/**
 * The rotatable 3-D surface of a two-variable function with the descent path lying on it, as an Orson Charts
 * {@link Chart3D} that a viewer shows or that is drawn into any {@link Graphics2D}.
 *
 * <p>The surface takes the contour map's colours; the path and the view point change without rebuilding it,
 * and each change notifies the chart's listeners, so a viewer redraws. Not thread-safe: create it anywhere,
 * then use it from one thread at a time (the UI thread once it is shown).
 */
public final class SurfaceChart {

    /** The longest side of the box, in Orson's world units (the size of its default box). */
    public static final double BOX_SIZE = 10;

    /** Mesh sizes suggested while the user drags the view and once the view is still. */
    public static final int ROTATING_CELLS = 40;
    public static final int STILL_CELLS = 80;

    /** Smallest and largest mesh size, in cells along each side. */
    public static final int MIN_CELLS = 2;
    public static final int MAX_CELLS = 400;

    /** The box's height as a share of its longest side: flatter than a cube, as surface plots usually are. */
    static final double HEIGHT_SHARE = 0.6;

    /** The shortest side of the floor as a share of the longest, however narrow the domain. */
    static final double MIN_FLOOR_SHARE = 0.5;

    private final SurfaceSpec spec;
    private final Chart3D chart;
    private final SurfaceWithPathRenderer renderer;
    /** The look's size factor: larger axis text needs more room around the box when fitting. */
    private final double textScale;
    /** The last area the view was fitted to, width and height in pixels; null before any fit. */
    private double[] fittedArea;
    /** The view's distance right after the last fit; NaN before any fit. */
    private double fittedDistance = Double.NaN;

    private SurfaceChart(SurfaceSpec spec, Chart3D chart, SurfaceWithPathRenderer renderer, double textScale) {
        this.spec = spec;
        this.chart = chart;
        this.renderer = renderer;
        this.textScale = textScale;
    }

    /**
     * Builds the chart and its first mesh (the function is sampled here, so this may run off the UI thread).
     *
     * @param cells the mesh size, cells along each side, in [{@link #MIN_CELLS}, {@link #MAX_CELLS}]
     */
    public static SurfaceChart create(SurfaceSpec spec, int cells) {
        return create(spec, cells, ChartLook.light());
    }

    /**
     * Builds the chart and its first mesh in {@code look}: its background and text colours, and its size factor
     * for the path and the axis text (the function is sampled here, so this may run off the UI thread).
     *
     * @param cells the mesh size, cells along each side, in [{@link #MIN_CELLS}, {@link #MAX_CELLS}]
     */
    public static SurfaceChart create(SurfaceSpec spec, int cells, ChartLook look) {
        requireCells(cells);
        HeightRange heights = spec.heights();
        Domain domain = spec.domain();
        PathStyle style = look.pathStyle();
        double[] levels = spec.levels();
        SurfaceWithPathRenderer renderer = new SurfaceWithPathRenderer(spec.function(), domain, heights, levels,
                new ContourColorScale(levels, heights.min(), heights.max()),
                new PathShapes(spec.function(), domain, heights, style.path(), style.halo(), look.scale()), cells);
        NumberAxis3D xAxis = new NumberAxis3D(spec.function().variables().get(0));
        xAxis.setRange(domain.xMin(), domain.xMax());
        NumberAxis3D fAxis = new NumberAxis3D(spec.valueName());
        fAxis.setRange(heights.min(), heights.max());
        fAxis.setTickLabelOrientation(LabelOrientation.PERPENDICULAR);
        NumberAxis3D yAxis = new NumberAxis3D(spec.function().variables().get(1));
        yAxis.setRange(domain.yMin(), domain.yMax());
        // Orson's surfaces are y = f(x, z): our y runs along its z axis, our f up its y axis.
        XYZPlot plot = new XYZPlot(new XYZSeriesCollection<String>(), renderer, xAxis, fAxis, yAxis);
        plot.setDimensions(box(domain));
        String title = spec.title() == null || spec.title().isBlank() ? null : spec.title();
        // Given its own style from the start: a chart made with Orson's default style registers with the default
        // style's listeners, which every copy of it shares, and so stays reachable from a static for good.
        Chart3D chart = new Chart3D(title, null, plot, style(look));
        // No legend: the map beside the surface has the colour bar, and the f axis gives the heights.
        chart.setLegendBuilder(null);
        chart.setViewPoint(Camera.home(plot.getDimensions()));
        SurfaceChart surface = new SurfaceChart(spec, chart, renderer, look.scale());
        surface.composeOnce();
        return surface;
    }

    /**
     * Orson's standard style in {@code look}'s colours and text size. A chart applies its style to the axes and
     * the plot, so colours set on those directly would be overwritten.
     */
    private static ChartStyle style(ChartLook look) {
        StandardChartStyle style = new StandardChartStyle();
        style.setBackgroundPainter(new StandardRectanglePainter(look.background()));
        style.setChartBoxColor(look.plotBackground());
        style.setGridlineColor(look.grid());
        style.setTitleColor(look.text());
        style.setTitleFont(look.font(style.getTitleFont()));
        style.setAxisLabelColor(look.text());
        style.setAxisLabelFont(look.font(style.getAxisLabelFont()));
        style.setAxisTickLabelColor(look.text());
        style.setAxisTickLabelFont(look.font(style.getAxisTickLabelFont()));
        return style;
    }

    /** The Orson chart, for a viewer or for drawing. */
    public Chart3D chart() {
        return chart;
    }

    public SurfaceSpec spec() {
        return spec;
    }

    /** The current mesh size in cells along each side. */
    public int cells() {
        return renderer.cells();
    }

    /**
     * Switches the mesh size, e.g. to {@link #ROTATING_CELLS} while the user drags and back to
     * {@link #STILL_CELLS} on release. Each size is sampled once and then kept.
     *
     * @param cells in [{@link #MIN_CELLS}, {@link #MAX_CELLS}]
     */
    public void setCells(int cells) {
        requireCells(cells);
        renderer.setCells(cells);
    }

    /**
     * Switches between full and draft drawing. Draft drawing leaves out antialiasing and the outlines that hide
     * the seams between faces (which antialiasing alone would show), cutting the time per frame by about four.
     *
     * @param draft true for draft drawing, e.g. while the user drags; false for full quality
     */
    public void setDraft(boolean draft) {
        if (draft == isDraft()) {
            return;
        }
        chart.setNotify(false);
        applyDraft(draft);
        chart.setNotify(true);
    }

    /** Whether the chart is drawn in draft, see {@link #setDraft(boolean)}. */
    public boolean isDraft() {
        return !chart.getAntiAlias();
    }

    /**
     * Sets the mesh and drawing for a moving or a still view in one change: {@link #ROTATING_CELLS} in draft
     * while the user drags, {@link #STILL_CELLS} in full quality once released.
     */
    public void setMoving(boolean moving) {
        int cells = moving ? ROTATING_CELLS : STILL_CELLS;
        // Switching notifications back on throws the chart's composed world away: only when something changed.
        if (cells == renderer.cells() && moving == isDraft()) {
            return;
        }
        chart.setNotify(false);
        renderer.setCells(cells);
        applyDraft(moving);
        chart.setNotify(true);
    }

    private void applyDraft(boolean draft) {
        renderer.setOutlined(!draft);
        chart.setAntiAlias(!draft);
    }

    /**
     * Shows the path from step 0 to step {@code current} of {@code trajectory}, the start and current points
     * highlighted; the surface itself is not rebuilt, so this can run once per animation frame.
     *
     * @param trajectory a run of this surface's function, its coordinates in the function's variable order
     * @param current    0 ≤ current &lt; trajectory.size()
     */
    public void showPath(Trajectory trajectory, int current) {
        renderer.path().show(trajectory, current);
        renderer.pathChanged();
    }

    /**
     * Lays further runs on the surface beside the path, such as pinned runs, each in its own colour and up to its
     * own current step; replaces the runs laid before. Cheap enough for every animation frame.
     *
     * @param runs runs of this surface's function; empty for none
     */
    public void showOtherRuns(List<SurfaceRun> runs) {
        renderer.showOtherRuns(List.copyOf(runs));
    }

    /** Removes the path. */
    public void clearPath() {
        renderer.path().clear();
        renderer.pathChanged();
    }

    /**
     * Turns the view as dragging does: by {@code turn} radians about the vertical f axis, and down by {@code
     * tilt} radians (a negative tilt looks more from above), like a turntable: the f axis stays upright on screen,
     * and the eye stops short of straight above or below.
     *
     * @param turn, tilt finite angles in radians
     */
    public void rotate(double turn, double tilt) {
        chart.setViewPoint(Camera.rotated(chart.getViewPoint(), turn, tilt));
    }

    /**
     * Moves the view {@code factor} times as far from the surface, within the distances the JavaFX viewer
     * allows when scrolling.
     *
     * @param factor positive: below 1 zooms in, above 1 zooms out
     */
    public void zoom(double factor) {
        ViewPoint3D view = chart.getViewPoint();
        Camera.zoom(view, factor, chart.getDimensions());
        chart.setViewPoint(view);
    }

    /**
     * Moves the view to the distance at which the box fills an area of {@code width} × {@code height} pixels
     * with a margin, keeping the direction. Orson draws at a fixed scale whatever the area, so call this when
     * the drawing area changes size and before exporting an image.
     *
     * @param width, height the drawing area in pixels, positive
     */
    public void fitTo(double width, double height) {
        ViewPoint3D view = chart.getViewPoint();
        Camera.fit(view, chart.getDimensions(), chart.getProjDistance(), width, height, textScale);
        fittedArea = new double[] {width, height};
        fittedDistance = view.getRho();
        chart.setViewPoint(view);
    }

    /**
     * How far the user has zoomed since the last {@link #fitTo(double, double) fit}: the view's distance over the
     * fitted one, 1 before any fit. Carrying this to a new fit, rather than the distance itself, keeps the user's
     * zoom while the area, the box or the text size changes.
     */
    public double zoomFromFit() {
        return Double.isNaN(fittedDistance) ? 1 : chart.getViewPoint().getRho() / fittedDistance;
    }

    /** Returns to the {@link #homeView() home view}. */
    public void resetView() {
        chart.setViewPoint(homeView());
    }

    /**
     * A new copy of the home view point: seen from the front left, 30° round from the front and 45° above the
     * floor, the f axis upright, at the distance that fits the area last given to {@link #fitTo(double, double)}
     * (three box diagonals before any fit).
     */
    public ViewPoint3D homeView() {
        ViewPoint3D home = Camera.home(chart.getDimensions());
        if (fittedArea != null) {
            Camera.fit(home, chart.getDimensions(), chart.getProjDistance(), fittedArea[0], fittedArea[1],
                    textScale);
        }
        return home;
    }

    /** Draws the chart filling {@code area}. */
    public void draw(Graphics2D g2, Rectangle2D area) {
        renderer.arrangeFor(chart.getViewPoint());
        chart.draw(g2, area);
    }

    /**
     * Draws the chart into {@code image}, filling {@code area} of the image scaled by {@code scale}. In draft, the
     * faces of the surface are filled straight into the image's pixels (the same pixels Java2D would set), which
     * makes a draft frame several times cheaper; use this rather than {@link #draw} for images on screen.
     *
     * @param image an image to draw over, as made by {@link #toImage} or a {@code TYPE_INT_ARGB_PRE} one
     * @param scale device pixels per unit of {@code area}, positive
     * @param area  where to draw, in units before scaling
     */
    public void drawInto(BufferedImage image, double scale, Rectangle2D area) {
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(scale, scale);
            draw(isDraft() ? DirectFillGraphics.over(image, g2) : g2, area);
        } finally {
            g2.dispose();
        }
    }

    /**
     * This chart as a figure to export. With {@code fit} the view first moves to the distance at which the box
     * fills the figure ({@link #fitTo(double, double)}), as a figure of its own wants; without, it is drawn from
     * the view point as it is, as a window shows it. Drawing it changes nothing else.
     */
    public Figure figure(boolean fit) {
        return (g2, width, height) -> {
            if (fit) {
                fitTo(width, height);
            }
            draw(g2, new Rectangle2D.Double(0, 0, width, height));
        };
    }

    /**
     * The chart drawn into a new opaque image.
     *
     * @param width, height the image size in pixels, each at least 1
     */
    public BufferedImage toImage(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs a positive size, not " + width + " × " + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        drawInto(image, 1, new Rectangle2D.Double(0, 0, width, height));
        return image;
    }

    /** A world composed as the chart composes its own, for reading back what the chart shows. */
    World composeWorld() {
        Dimension3D box = chart.getDimensions();
        World world = new World();
        chart.getPlot().compose(world, -box.getWidth() / 2, -box.getHeight() / 2, -box.getDepth() / 2);
        return world;
    }

    SurfaceWithPathRenderer renderer() {
        return renderer;
    }

    /** Samples and meshes now rather than at the first drawing, which happens on the UI thread. */
    private void composeOnce() {
        composeWorld();
    }

    /** The box: floor proportional to the domain (within {@link #MIN_FLOOR_SHARE}), height fixed. */
    static Dimension3D box(Domain domain) {
        double longest = Math.max(domain.width(), domain.height());
        double width = BOX_SIZE * Math.max(MIN_FLOOR_SHARE, domain.width() / longest);
        double depth = BOX_SIZE * Math.max(MIN_FLOOR_SHARE, domain.height() / longest);
        return new Dimension3D(width, BOX_SIZE * HEIGHT_SHARE, depth);
    }

    private static void requireCells(int cells) {
        if (cells < MIN_CELLS || cells > MAX_CELLS) {
            throw new IllegalArgumentException("a surface mesh needs " + MIN_CELLS + " to " + MAX_CELLS
                    + " cells a side, not " + cells);
        }
    }
}
