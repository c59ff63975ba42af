package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.chart.MapSpec;
import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.Trajectory;
import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A teacher drags the learning-rate slider back and forth as fast as the window takes the events, switching
 * presets between drags: nothing throws, the window keeps repainting, and the picture that stays is the one
 * for the last settings, not a late result of an earlier one.
 */
@ExtendWith(ApplicationExtension.class)
class SliderLoadUiTest {

    private static final int POSITIONS = 1_000;
    private static final int POSITIONS_PER_DRAG = 100;
    /** A mouse reports movement at about 125 Hz, two events or so per 60 Hz frame; a few more to be harsh. */
    private static final int EVENTS_PER_FRAME = 4;
    /**
     * Generous: a repaint normally follows within a few frames, and even on a build machine shared by many jobs
     * (a load of 19 on 2 cores) the longest gap was 2 s; this catches real work done on the JavaFX thread.
     */
    private static final double LONGEST_GAP_MS = 5_000;

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    @Test
    void draggingTheRateThroughAThousandPositionsKeepsTheWindowResponsiveAndEndsOnTheLastSettings()
            throws Exception {
        window.ready();
        Slider slider = window.robot.lookup("#rate-slider").queryAs(Slider.class);
        List<Preset> maps = Presets.all().stream().filter(p -> p.start().size() == 2).toList();
        PulseWatch watch = PulseWatch.startedFromTest();
        long started = System.nanoTime();

        for (int drag = 0; drag < POSITIONS / POSITIONS_PER_DRAG; drag++) {
            String preset = maps.get(drag % maps.size()).expression();
            onFx(() -> {
                window.functionBox().setValue(preset);
                slider.setValueChanging(true);
            });
            // Each position is its own event, as the mouse sends it; a few are queued at a time, about as many
            // as a mouse sends per frame, and the next few as soon as the window has taken them.
            for (int within = 0; within < POSITIONS_PER_DRAG; within++) {
                // Back and forth across the whole slider: one way on even drags, the other on odd ones.
                double t = (drag % 2 == 0 ? within : POSITIONS_PER_DRAG - 1 - within) / (POSITIONS_PER_DRAG - 1.0);
                double value = slider.getMin() + t * (slider.getMax() - slider.getMin());
                javafx.application.Platform.runLater(() -> slider.setValue(value));
                if (within % EVENTS_PER_FRAME == EVENTS_PER_FRAME - 1) {
                    onFx(() -> { });
                }
            }
            onFx(() -> slider.setValueChanging(false));
        }
        double dragSeconds = (System.nanoTime() - started) / 1e9;
        window.waitUntil("the pictures of the last settings", () -> window.view.picturesUpToDate()
                && window.trajectory() != null && matchesFreshRun(window.trajectory()));
        onFx(watch::stop);

        System.out.printf("slider load: %d positions in %.1f s, %d pulses, longest gap between pulses %.0f ms%n",
                POSITIONS, dragSeconds, watch.pulses(), watch.longestGapMillis());
        assertThat(watch.uncaught()).isEmpty();
        window.assertNoProblems();
        assertThat(watch.pulses()).isPositive();
        assertThat(watch.longestGapMillis()).isLessThan(LONGEST_GAP_MS);
        assertMapShowsTheLastFunctionAndRegion();
    }

    /** Whether {@code shown} is exactly what a fresh run with the window's current settings gives. */
    private boolean matchesFreshRun(Trajectory shown) {
        var workbench = window.view.workbench();
        DifferentiableFunction f = workbench.compiledFunction();
        var descent = workbench.descent();
        Trajectory fresh = new Descent(f, descent.ruleProperty().get(), descent.settings()).trace(descent.start());
        if (shown.size() != fresh.size() || shown.outcome().reason() != fresh.outcome().reason()
                || !shown.variables().equals(f.variables())) {
            return false;
        }
        for (int k = 0; k < fresh.size(); k++) {
            for (int i = 0; i < fresh.dimension(); i++) {
                if (Double.compare(shown.coordinate(k, i), fresh.coordinate(k, i)) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private void assertMapShowsTheLastFunctionAndRegion() throws Exception {
        MapSpec spec = fx(() -> window.view.mapSpec());
        var workbench = window.view.workbench();
        DifferentiableFunction f = fx(workbench::compiledFunction);
        assertThat(spec.grid().domain()).isEqualTo(fx(() -> workbench.region().domain()));
        for (int[] cell : new int[][] {{0, 0}, {spec.grid().columns() / 2, spec.grid().rows() / 3}}) {
            double x = spec.grid().x(cell[0]);
            double y = spec.grid().y(cell[1]);
            assertThat(spec.grid().value(cell[0], cell[1])).as("%s at (%s, %s) on %s", f, x, y, spec.grid().domain())
                    .isEqualTo(f.value(x, y));
        }
    }

    private static void onFx(Runnable action) throws ExecutionException, InterruptedException {
        WaitForAsyncUtils.asyncFx(action).get();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
