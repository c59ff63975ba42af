package gdviz.ui.curve;

import gdviz.chart.ChartLook;
import gdviz.chart.ChartOverlay;
import gdviz.chart.CurveFrame;
import gdviz.chart.CurvePainter;
import gdviz.core.descent.Trajectory;
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
import gdviz.ui.playback.PlaybackModel;
import gdviz.ui.region.RegionModel;
import gdviz.ui.widgets.ArrowKeys;
import gdviz.ui.widgets.Snap;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The curve of a one-variable function with the descent's steps on it and the tangent at the current step,
 * whose slope is the derivative: with a large learning rate the steps jump from side to side of the minimum.
 * Pressing on the curve's plot puts the start there; the wheel zooms and Shift-drag pans along x.
 */
public final class CurveView {

    private final ChartPictureView picture;
    private final FunctionModel function;
    private final RegionModel region;
    private final PlaybackModel playback;
    private CurvePainter painter = new CurvePainter();
    private ChartLook look = ChartLook.light();
    private Trajectory run;
    private double[] xs;
    private double[] fs;
    private final OverlayHooks hooks = new OverlayHooks(this::repaintSteps);

    /**
     * @param renders where curve pictures are drawn and handed back
     * @param later   runs a render after the current burst of changes
     */
    public CurveView(FunctionModel function, RegionModel region, DescentModel descent, PlaybackModel playback,
            LatestOnly renders, Executor later) {
        this.function = function;
        this.region = region;
        this.playback = playback;
        this.picture = new ChartPictureView(renders, later);
        picture.node().setId("curve-view");
        function.functionProperty().addListener(changed -> redraw());
        region.domainProperty().addListener(changed -> redraw());
        descent.trajectoryProperty().addListener((obs, old, now) -> {
            keep(now);
            repaintSteps();
        });
        playback.currentProperty().addListener(changed -> repaintSteps());
        PictureGestures.install(picture, new PictureGestures.Target() {
            @Override
            public void pick(double x, double y) {
                descent.startXProperty().set(Snap.toReadable(x, region.domain().width()));
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
                region.panX(dx);
            }

            @Override
            public void zoom(double x, double y, double factor) {
                region.zoomX(x, factor);
            }
        });
        ArrowKeys.install(picture.node(), (right, up, large) -> {
            Domain shown = region.domain();
            double share = large ? ArrowKeys.LARGE_NUDGE : ArrowKeys.SMALL_NUDGE;
            descent.startXProperty().set(ArrowKeys.nudged(descent.startXProperty().get(), right * share,
                    shown.xMin(), shown.xMax()));
        });
        PictureDescription.describe(picture.node(), "Curve",
                "Click or use the left and right arrow keys to move the start point; Shift moves it ten times as far",
                function, region, descent, playback);
        redraw();
    }

    /** The picture of the curve: its node, where it put its data area, whether a newer one is on the way. */
    public ChartPictureView picture() {
        return picture;
    }

    /**
     * Lets {@code diversion} take presses on the curve before they move the start point, as the quiz does with
     * its guesses.
     */
    public void divertPresses(PressDiversion diversion) {
        hooks.divertPresses(diversion);
    }

    /**
     * Paints more over the steps at each shown step, such as a quiz guess.
     *
     * @param overlay the overlay for a step, 0 or more
     * @param changes when the overlay changes other than by the step
     */
    public void paintAbove(IntFunction<ChartOverlay> overlay, Observable changes) {
        hooks.paintAbove(overlay, changes);
    }

    /** Hides the −f′ arrow of the next step while {@code hidden} holds, as a quiz must; the tangent stays. */
    public void hideNextStepWhile(ObservableBooleanValue hidden) {
        hooks.hideNextStepWhile(hidden);
    }

    /** Draws the curve and its steps in {@code next} from now on. */
    public void setLook(ChartLook next) {
        look = next;
        painter = new CurvePainter(next.pathStyle());
        redraw();
        repaintSteps();
    }

    private void keep(Trajectory now) {
        if (now == null || now.dimension() != 1) {
            run = null;
            return;
        }
        run = now;
        xs = new double[now.size()];
        fs = new double[now.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = now.coordinate(k, 0);
            fs[k] = now.value(k);
        }
    }

    private void redraw() {
        ParsedFunction f = function.functionProperty().get();
        if (f != null && f.variables().size() == 1) {
            Domain shown = region.domain();
            picture.show(new CurveRecipe(f.compile(), shown.xMin(), shown.xMax(), function.minima(), look));
        }
    }

    private void repaintSteps() {
        int current = playback.currentProperty().get();
        if (run == null || current >= xs.length) {
            picture.setOverlay(ChartOverlay.NONE);
            return;
        }
        // A rate of NaN leaves out the arrow of the next step, and only that.
        CurveFrame frame = new CurveFrame(xs, fs, current, run.partial(current, 0),
                hooks.nextStepHidden() ? Double.NaN : run.outcome().settings().rate());
        ChartOverlay steps = ChartOverlay.of(painter, frame);
        ChartOverlay extra = hooks.above(current);
        picture.setOverlay((g2, geometry) -> {
            steps.paint(g2, geometry);
            extra.paint(g2, geometry);
        });
    }
}
