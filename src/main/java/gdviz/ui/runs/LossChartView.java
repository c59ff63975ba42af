package gdviz.ui.runs;

import gdviz.chart.Figure;
import gdviz.chart.ChartLook;
import gdviz.chart.LossChart;
import gdviz.chart.PathStyle;
import gdviz.core.analysis.LossSeries;
import gdviz.core.descent.Trajectory;
import gdviz.core.presets.KnownMinimum;
import gdviz.ui.background.LatestOnly;
import gdviz.ui.descent.DescentModel;
import gdviz.ui.export.ShownFigure;
import gdviz.ui.function.FunctionModel;
import gdviz.ui.playback.PlaybackModel;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.fx.ChartViewer;

/**
 * The loss chart of the live run and the visible pins, rebuilt when a run, a pin or the function changes; its
 * step line follows the playback. The step line is a node over the chart, so following the playback moves one
 * line instead of drawing the chart again per animation frame.
 *
 * <p>A new run's chart is built in the background: a run arrives with every move of a slider, and the map should
 * show its path without waiting for the chart's series and axes. A pin or look change rebuilds at once.
 */
public final class LossChartView {

    private final FunctionModel function;
    private final DescentModel descent;
    private final PinnedRuns pins;
    private final PlaybackModel playback;
    private final LatestOnly builds;
    /** Whether a chart is being built in the background that will replace the shown one. */
    private boolean building;
    private final ChartViewer viewer = new ChartViewer(null);
    private final Line stepLine = new Line();
    private final StackPane root = new StackPane(viewer, stepLine);
    private LossChart shown;
    private ChartLook look = ChartLook.light();

    /** @param builds where the chart of a new run is built and handed back */
    public LossChartView(FunctionModel function, DescentModel descent, PinnedRuns pins, PlaybackModel playback,
            LatestOnly builds) {
        this.function = function;
        this.descent = descent;
        this.pins = pins;
        this.playback = playback;
        this.builds = builds;
        viewer.setId("loss-chart");
        viewer.setMinSize(120, 80);
        viewer.setAccessibleText("Loss chart: how far each run is from done, on a log scale, by iteration");
        stepLine.setId("loss-step-line");
        stepLine.setManaged(false);
        stepLine.setMouseTransparent(true);
        stepLine.setVisible(false);
        descent.trajectoryProperty().addListener(changed -> rebuildInBackground());
        pins.pins().addListener((javafx.beans.Observable changed) -> rebuild());
        playback.currentProperty().addListener((obs, old, now) -> {
            if (shown != null) {
                shown.showStep(now.intValue());
                placeStepLine();
            }
        });
        rebuild();
    }

    public Parent root() {
        return root;
    }

    /** The chart as shown, at its size on screen; null before the first run. */
    public ShownFigure figure() {
        if (shown == null) {
            return null;
        }
        return new ShownFigure(Figure.of(shown.chart(), shown.stepLine()), (int) Math.round(viewer.getWidth()),
                (int) Math.round(viewer.getHeight()));
    }

    /** Puts {@code item} in place of the chart library's own export items in the viewer's right-click menu. */
    public void setMenu(MenuItem item) {
        viewer.getContextMenu().getItems().setAll(item);
    }

    /** Whether the chart shows the newest run, with no chart of a newer one on the way. */
    public boolean upToDate() {
        return !building;
    }

    /** Draws the chart in {@code next} from now on. */
    public void setLook(ChartLook next) {
        look = next;
        rebuild();
    }

    private void rebuild() {
        LossRecipe recipe = recipe();
        if (recipe == null) {
            return;
        }
        builds.discardPending();
        building = false;
        show(recipe.build());
    }

    private void rebuildInBackground() {
        LossRecipe recipe = recipe();
        if (recipe == null) {
            return;
        }
        building = true;
        builds.submit(recipe::build, chart -> {
            building = false;
            show(chart);
        }, failure -> {
            building = false;
            throw new IllegalStateException("The loss chart could not be built", failure);
        });
    }

    /** What the chart is to show, read here on the UI thread; null before the first run. */
    private LossRecipe recipe() {
        Trajectory live = descent.trajectoryProperty().get();
        if (live == null) {
            return null;
        }
        List<PinnedRun> visible = pins.pins().stream().filter(pin -> pin.visibleProperty().get()).toList();
        return new LossRecipe(visible, live, function.minima(), look);
    }

    /** The chart's inputs, all unchanging, so that it can be built on any thread. */
    private record LossRecipe(List<PinnedRun> pins, Trajectory live, List<KnownMinimum> minima, ChartLook look) {

        LossChart build() {
            List<LossChart.Line> lines = new ArrayList<>();
            for (PinnedRun pin : pins) {
                lines.add(new LossChart.Line(pin.name(), pin.colour(), LossSeries.of(pin.run(), minima)));
            }
            LossSeries liveLoss = LossSeries.of(live, minima);
            lines.add(new LossChart.Line("this run", PathStyle.standard().path(), liveLoss));
            return new LossChart(lines, liveLoss.kind(), look);
        }
    }

    private void show(LossChart chart) {
        shown = chart;
        shown.showStep(playback.currentProperty().get());
        java.awt.Color ink = shown.stepColour();
        stepLine.setStroke(Color.rgb(ink.getRed(), ink.getGreen(), ink.getBlue()));
        stepLine.setStrokeWidth(shown.stepWidth());
        // The data area is known once the chart is drawn, and moves when it is drawn at another size or zoomed.
        shown.chart().addProgressListener(event -> {
            if (event.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                placeStepLine();
            }
        });
        viewer.setChart(shown.chart());
    }

    /** Puts the step line at the shown step across the data area of the chart as last drawn. */
    private void placeStepLine() {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        Rectangle2D area = info == null ? null : info.getPlotInfo().getDataArea();
        if (shown == null || area == null || area.isEmpty()) {
            stepLine.setVisible(false);
            return;
        }
        double x = shown.stepX(area);
        stepLine.setStartX(x);
        stepLine.setEndX(x);
        stepLine.setStartY(area.getMinY());
        stepLine.setEndY(area.getMaxY());
        stepLine.setVisible(x >= area.getMinX() && x <= area.getMaxX());
    }
}
