package gdviz.ui.map;

import gdviz.chart.ChartLook;
import gdviz.chart.ChartOverlay;
import gdviz.chart.MapGeometry;
import gdviz.chart.MapSpec;
import gdviz.chart.PathFrame;
import gdviz.chart.PathPainter;
import gdviz.core.expr.ParsedFunction;
import gdviz.core.grid.Domain;
import gdviz.ui.background.LatestOnly;
import gdviz.ui.descent.DescentModel;
import gdviz.ui.function.FunctionModel;
import gdviz.ui.picture.ChartPictureView;
import gdviz.ui.picture.OverlayHooks;
import gdviz.ui.picture.PictureDescription;
import gdviz.ui.picture.PictureGestures;
import gdviz.ui.picture.PressDiversion;
import gdviz.ui.picture.Trail;
import gdviz.ui.playback.PlaybackModel;
import gdviz.ui.region.RegionModel;
import gdviz.ui.widgets.ArrowKeys;
import gdviz.ui.widgets.Snap;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The contour map of a two-variable function with the descent path over it. Pressing on the map puts the start
 * there and dragging moves it, re-running the descent live; the wheel zooms and Shift-drag pans. The filled
 * contours are drawn in the background once per function, region, size and colour scale; only the path is
 * repainted on each step.
 */
public final class MapView {

    private final ChartPictureView picture;
    private final FunctionModel function;
    private final RegionModel region;
    private final PlaybackModel playback;
    private PathPainter painter = new PathPainter();
    private ChartLook look = ChartLook.light();
    private final ReadOnlyObjectWrapper<DrawnMap> drawn = new ReadOnlyObjectWrapper<>(this, "drawn");
    private PathCoordinates path;
    /** The newest recipe given to the picture, and the one {@link #drawn} was last taken from. */
    private MapRecipe recipe;
    private MapRecipe published;
    private final List<IntFunction<ChartOverlay>> beneath = new ArrayList<>();
    private final OverlayHooks hooks = new OverlayHooks(this::repaintPath);
    /** The run, painter and step the picture's trail was last painted with, so that a next step adds to it. */
    private PathCoordinates trailShown;
    private PathPainter trailPainter;
    private int trailStep;

    /**
     * @param renders where map pictures are drawn and handed back
     * @param later   runs a render after the current burst of changes
     */
    public MapView(FunctionModel function, RegionModel region, DescentModel descent, PlaybackModel playback,
            LatestOnly renders, Executor later) {
        this.function = function;
        this.region = region;
        this.playback = playback;
        this.picture = new ChartPictureView(renders, later);
        picture.node().setId("contour-map");
        function.functionProperty().addListener(changed -> redraw());
        region.domainProperty().addListener(changed -> {
            redraw();
            followPan();
        });
        region.logColoursProperty().addListener(changed -> redraw());
        descent.trajectoryProperty().addListener((obs, old, now) -> {
            path = now != null && now.dimension() == 2 ? new PathCoordinates(now) : null;
            repaintPath();
        });
        playback.currentProperty().addListener(changed -> repaintPath());
        picture.geometryProperty().addListener(changed -> followPan());
        picture.drawingProperty().addListener((obs, was, drawing) -> {
            if (!drawing) {
                publishDrawn();
            }
        });
        PictureGestures.install(picture, new PictureGestures.Target() {
            @Override
            public void pick(double x, double y) {
                Domain shown = region.domain();
                descent.startXProperty().set(Snap.toReadable(x, shown.width()));
                descent.startYProperty().set(Snap.toReadable(y, shown.height()));
            }

            @Override
            public boolean press(double x, double y) {
                if (hooks.pressTaken(x, y)) {
                    return false;
                }
                pick(x, y);
                return true;
            }

            @Override
            public void pan(double dx, double dy) {
                region.pan(dx, dy);
            }

            @Override
            public void zoom(double x, double y, double factor) {
                region.zoom(x, y, factor);
            }
        });
        ArrowKeys.install(picture.node(), (right, up, large) -> {
            Domain shown = region.domain();
            double share = large ? ArrowKeys.LARGE_NUDGE : ArrowKeys.SMALL_NUDGE;
            descent.startXProperty().set(ArrowKeys.nudged(descent.startXProperty().get(), right * share,
                    shown.xMin(), shown.xMax()));
            descent.startYProperty().set(ArrowKeys.nudged(descent.startYProperty().get(), up * share,
                    shown.yMin(), shown.yMax()));
        });
        PictureDescription.describe(picture.node(), "Contour map",
                "Click or use the arrow keys to move the start point; Shift moves it ten times as far",
                function, region, descent, playback);
        redraw();
    }

    /** The picture of the map: its node, where it put its data area, whether a newer one is on the way. */
    public ChartPictureView picture() {
        return picture;
    }

    /**
     * What the map shows once its newest picture is drawn; null until then. It changes with the function, the
     * region and the colour scale, not when the map is merely drawn again at another size.
     */
    public ReadOnlyObjectProperty<DrawnMap> drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    private void redraw() {
        ParsedFunction f = function.functionProperty().get();
        if (f != null && f.variables().size() == 2) {
            recipe = new MapRecipe(f.compile(), region.domain(), region.logColoursProperty().get(),
                    function.minima(), look);
            picture.show(recipe);
        }
    }

    /** Draws the map and its path in {@code next} from now on. */
    public void setLook(ChartLook next) {
        look = next;
        painter = new PathPainter(next.pathStyle());
        redraw();
        repaintPath();
    }

    private void publishDrawn() {
        MapRecipe newest = recipe;
        if (newest == null) {
            return;
        }
        MapSpec spec = newest.built();
        boolean alreadyShown = newest == published && (spec == null || drawn.get().spec() != null);
        if (alreadyShown || (spec == null && !newest.failed())) {
            return;
        }
        published = newest;
        drawn.set(new DrawnMap(newest.function(), spec));
    }

    /**
     * Lets {@code diversion} take presses on the map before they move the start point, as the quiz does with its
     * guesses; a press it takes does not move the start, and dragging from it does nothing.
     */
    public void divertPresses(PressDiversion diversion) {
        hooks.divertPresses(diversion);
    }

    /**
     * Paints more over the live path at each shown step, such as a quiz guess; replaces what was painted above.
     *
     * @param overlay the overlay for a step, 0 or more
     * @param changes when the overlay changes other than by the step
     */
    public void paintAbove(IntFunction<ChartOverlay> overlay, Observable changes) {
        hooks.paintAbove(overlay, changes);
    }

    /** Hides the −α∇f arrow of the next step while {@code hidden} holds, as a quiz must. */
    public void hideNextStepWhile(ObservableBooleanValue hidden) {
        hooks.hideNextStepWhile(hidden);
    }

    /**
     * Paints more under the live path, such as other runs, at each shown step; later calls paint on top.
     *
     * @param overlay the overlay for a step, 0 or more
     * @param changes when the overlay changes other than by the step
     */
    public void paintBeneath(IntFunction<ChartOverlay> overlay, Observable changes) {
        beneath.add(overlay);
        changes.addListener(changed -> repaintPath());
        repaintPath();
    }

    private void repaintPath() {
        PathCoordinates shown = path;
        int current = playback.currentProperty().get();
        picture.setOverlay(layered(beneath.stream().map(layer -> layer.apply(current)).toList()));
        if (shown == null || current >= shown.size()) {
            picture.setTrail(Trail.NONE, null);
            picture.setMark(ChartOverlay.NONE, area -> null);
            picture.setAbove(ChartOverlay.NONE);
            trailShown = null;
            return;
        }
        PathFrame frame = shown.frame(current, !hooks.nextStepHidden());
        PathPainter by = painter;
        MapGeometry geometry = picture.geometryProperty().get();
        boolean nextStep = trailShown == shown && trailPainter == by && current == trailStep + 1 && geometry != null;
        picture.setTrail(new Trail() {
            @Override
            public void paint(Graphics2D g2, MapGeometry area) {
                by.paintTrail(g2, area, frame);
            }

            @Override
            public boolean reaches(MapGeometry area, Rectangle2D part) {
                return by.trailReaches(area, frame, part);
            }
        }, nextStep ? by.trailChange(geometry, frame) : null);
        trailShown = shown;
        trailPainter = by;
        trailStep = current;
        picture.setMark((g2, area) -> by.paintMark(g2, area, frame), area -> by.markBounds(area, frame));
        picture.setAbove(hooks.above(current));
    }

    /** The layers painted one over the other; {@link ChartOverlay#NONE} when none paints anything. */
    private static ChartOverlay layered(List<ChartOverlay> layers) {
        List<ChartOverlay> painting = layers.stream().filter(layer -> layer != ChartOverlay.NONE).toList();
        if (painting.isEmpty()) {
            return ChartOverlay.NONE;
        }
        return (g2, geometry) -> painting.forEach(layer -> layer.paint(g2, geometry));
    }

    /**
     * Shifts the shown picture to where the region now is, so a pan follows the pointer before the picture for
     * the new region is ready; a zoom waits for its picture.
     */
    private void followPan() {
        MapGeometry geometry = picture.geometryProperty().get();
        Domain wanted = region.domain();
        if (geometry == null || !sameSize(geometry.domain(), wanted)) {
            picture.setOffset(0, 0);
            return;
        }
        picture.setOffset((geometry.domain().xMin() - wanted.xMin()) * geometry.pixelsPerX(),
                (wanted.yMax() - geometry.domain().yMax()) * geometry.pixelsPerY());
    }

    private static boolean sameSize(Domain a, Domain b) {
        return Math.abs(a.width() - b.width()) <= 1e-9 * a.width()
                && Math.abs(a.height() - b.height()) <= 1e-9 * a.height();
    }
}
