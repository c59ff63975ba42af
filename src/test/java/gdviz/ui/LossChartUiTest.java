package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The loss chart beside the step table: one line per run, a step line that follows the playback. */
@ExtendWith(ApplicationExtension.class)
class LossChartUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private ChartViewer viewer() {
        return window.robot.lookup("#loss-chart").queryAs(ChartViewer.class);
    }

    private XYPlot plot() {
        return (XYPlot) viewer().getChart().getPlot();
    }

    /** The iteration under the shown step line, read back from where the line is on the drawn chart. */
    private double stepLine() {
        Line line = window.robot.lookup("#loss-step-line").queryAs(Line.class);
        assertThat(line.isVisible()).isTrue();
        Rectangle2D area = viewer().getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        assertThat(line.getStartY()).isEqualTo(area.getMinY());
        assertThat(line.getEndY()).isEqualTo(area.getMaxY());
        return Math.round(plot().getDomainAxis().java2DToValue(line.getStartX(), area, plot().getDomainAxisEdge())
                * 1e6) / 1e6;
    }

    @Test
    void eachRunHasALineInItsColourAndTheStepLineFollowsPlayback() {
        window.ready();
        assertThat(plot().getDataset().getSeriesCount()).isEqualTo(1);
        // The bowl is a preset with its minimum known, so the chart shows f − f_min, starting at f(4, −3) = 13.
        assertThat(plot().getRangeAxis().getLabel()).isEqualTo("f \u2212 f_min");
        assertThat(plot().getDataset().getYValue(0, 0)).isEqualTo(13);
        assertThat(stepLine()).isEqualTo(window.trajectory().size() - 1);

        var pinned = window.trajectory();
        window.robot.clickOn("#pin-button");
        window.typeInto("#rate-field", "0.5");
        window.waitUntil("the run at rate 0.5", () -> window.trajectory() != pinned);
        window.waitUntil("a line per run", () -> plot().getDataset().getSeriesCount() == 2);
        assertThat(plot().getDataset().getItemCount(0)).isEqualTo(pinned.size());
        assertThat(plot().getDataset().getItemCount(1)).isEqualTo(window.trajectory().size());
        Color pinColour = window.view.workbench().pins().pins().get(0).colour();
        assertThat(plot().getRenderer().getSeriesPaint(0)).isEqualTo(pinColour);

        window.robot.clickOn("#reset-button");
        assertThat(stepLine()).isZero();
        window.robot.clickOn("#forward-button");
        assertThat(stepLine()).isEqualTo(1);

        window.robot.clickOn(".pin-entry");
        assertThat(plot().getDataset().getSeriesCount()).isEqualTo(1);
    }

    @Test
    void withoutAKnownMinimumTheChartShowsTheGradientNorm() {
        window.ready();
        window.typeFunction("x^2 + 4*y^2");
        window.waitUntil("the chart of the typed function", () -> plot().getRangeAxis().getLabel()
                .equals("|\u2207f|") && plot().getDataset().getYValue(0, 0) == Math.hypot(8, 24));
    }
}
