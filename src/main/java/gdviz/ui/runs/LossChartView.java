package gdviz.ui.runs;

import gdviz.chart.ChartOverlay;
import gdviz.chart.Figure;
import gdviz.chart.ChartLook;
import gdviz.chart.LossChart;
import gdviz.chart.PathStyle;
import gdviz.core.analysis.LossSeries;
import gdviz.core.descent.Trajectory;
import gdviz.ui.descent.DescentModel;
import gdviz.ui.export.ShownFigure;
import gdviz.ui.function.FunctionModel;
import gdviz.ui.playback.PlaybackModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import org.jfree.chart.fx.ChartViewer;

/**
 * The loss chart of the live run and the visible pins, rebuilt when a run, a pin or the function changes; its
 * step line follows the playback.
 */
public final class LossChartView {

    private final FunctionModel function;
    private final DescentModel descent;
    private final PinnedRuns pins;
    private final PlaybackModel playback;
    private final ChartViewer viewer = new ChartViewer(null);
    private LossChart shown;
    private ChartLook look = ChartLook.light();

    public LossChartView(FunctionModel function, DescentModel descent, PinnedRuns pins, PlaybackModel playback) {
        this.function = function;
        this.descent = descent;
        this.pins = pins;
        this.playback = playback;
        viewer.setId("loss-chart");
        viewer.setMinSize(120, 80);
        viewer.setAccessibleText("Loss chart: how far each run is from done, on a log scale, by iteration");
        descent.trajectoryProperty().addListener(changed -> rebuild());
        pins.pins().addListener((javafx.beans.Observable changed) -> rebuild());
        playback.currentProperty().addListener((obs, old, now) -> {
            if (shown != null) {
                shown.showStep(now.intValue());
            }
        });
        rebuild();
    }

    public Parent root() {
        return viewer;
    }

    /** The chart as shown, at its size on screen; null before the first run. */
    public ShownFigure figure() {
        if (shown == null) {
            return null;
        }
        return new ShownFigure(Figure.of(shown.chart(), ChartOverlay.NONE), (int) Math.round(viewer.getWidth()),
                (int) Math.round(viewer.getHeight()));
    }

    /** Puts {@code item} in place of the chart library's own export items in the viewer's right-click menu. */
    public void setMenu(MenuItem item) {
        viewer.getContextMenu().getItems().setAll(item);
    }

    /** Draws the chart in {@code next} from now on. */
    public void setLook(ChartLook next) {
        look = next;
        rebuild();
    }

    private void rebuild() {
        Trajectory live = descent.trajectoryProperty().get();
        if (live == null) {
            return;
        }
        List<LossChart.Line> lines = new ArrayList<>();
        for (PinnedRun pin : pins.pins()) {
            if (pin.visibleProperty().get()) {
                lines.add(new LossChart.Line(pin.name(), pin.colour(), loss(pin.run())));
            }
        }
        LossSeries liveLoss = loss(live);
        lines.add(new LossChart.Line("this run", PathStyle.standard().path(), liveLoss));
        shown = new LossChart(lines, liveLoss.kind(), look);
        shown.showStep(playback.currentProperty().get());
        viewer.setChart(shown.chart());
    }

    private LossSeries loss(Trajectory run) {
        return LossSeries.of(run, function.minima());
    }
}
