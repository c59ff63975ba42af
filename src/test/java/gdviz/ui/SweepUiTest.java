package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The learning-rate sweep window: it completes, it can be cancelled, and the window keeps drawing. */
@ExtendWith(ApplicationExtension.class)
class SweepUiTest {

    private WindowDriver window;
    private final AtomicLong pulses = new AtomicLong();
    private final AnimationTimer counter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulses.incrementAndGet();
        }
    };

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
        counter.start();
    }

    @AfterEach
    void stopCounting() {
        window.robot.interact(counter::stop);
    }

    private String status() {
        return window.robot.lookup("#sweep-status").queryAs(Label.class).getText();
    }

    private JFreeChart chart() {
        return window.robot.lookup("#sweep-chart").queryAs(ChartViewer.class).getChart();
    }

    @Test
    void theBowlsSweepShowsSixtyRatesAndTheLimitAtTwoThirds() {
        window.ready();
        window.robot.clickOn("#sweep-open");
        window.waitUntil("the sweep's result", () -> status().startsWith("Fastest"));
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart().getPlot();
        XYPlot iterations = plot.getSubplots().get(0);
        assertThat(iterations.getDataset().getItemCount(0)).isEqualTo(60);
        ValueMarker limit = (ValueMarker) iterations.getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(limit.getValue()).isCloseTo(2.0 / 3, within(1e-9));
        // The fastest rate lies between where steps start to oscillate and where they diverge.
        String fastest = status().replaceAll("Fastest: \u03b1 = ([0-9.e-]+) .*", "$1");
        assertThat(Double.parseDouble(fastest)).isBetween(1.0 / 3, 2.0 / 3);
    }

    @Test
    void aLongSweepCanBeCancelledBeforeItEnds() {
        window.ready();
        // Tolerance 0 with the highest iteration limit: a sweep of seconds on a slow machine, less on a fast one,
        // so Cancel is pressed in the same turn of the JavaFX thread that opened the sweep, before any result can
        // be handed back (results arrive on later turns: the work runs beside the window's thread).
        window.typeInto("#iterations-field", "100000");
        window.typeInto("#tolerance-field", "0");
        window.typeFunction("log(1 + x^2 + y^2) + 0.1*sin(x)*cos(y)");
        window.waitUntil("the run with the new settings", () -> window.trajectory().size() > 1000);
        long before = pulses.get();
        boolean[] runningWhenCancelled = new boolean[1];
        window.robot.interact(() -> {
            window.robot.lookup("#sweep-open").queryButton().fire();
            ProgressBar running = window.robot.lookup("#sweep-progress").queryAs(ProgressBar.class);
            runningWhenCancelled[0] = running.isVisible();
            window.robot.lookup("#sweep-cancel").queryButton().fire();
        });
        assertThat(runningWhenCancelled[0]).as("the sweep under way when Cancel is pressed").isTrue();
        assertThat(status()).isEqualTo("Cancelled");
        ProgressBar bar = window.robot.lookup("#sweep-progress").queryAs(ProgressBar.class);
        assertThat(bar.isVisible()).isFalse();
        // Nothing the cancelled sweep finishes later shows up, and the window goes on drawing.
        window.waitUntil("pulses after the cancel", () -> pulses.get() > before + 5);
        assertThat(status()).isEqualTo("Cancelled");
        assertThat(chart()).isNull();
    }
}
