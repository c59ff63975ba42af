package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.descent.Trajectory;
import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;
import gdviz.ui.surface.SurfaceFrame;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A window used for a whole lesson lets go of what it showed before: once the function has changed many times,
 * the surfaces, functions and runs of the earlier functions can all be collected, so memory does not grow with
 * every preset a teacher picks.
 */
@ExtendWith(ApplicationExtension.class)
class RetentionUiTest {

    private static final int CHANGES = 10;

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    @Test
    void surfacesFunctionsAndRunsOfEarlierFunctionsAreLetGo() throws InterruptedException {
        window.ready();
        List<Preset> surfaces = Presets.all().stream().filter(p -> p.expression().contains("y")).toList();
        List<WeakReference<Object>> earlier = new ArrayList<>();
        for (int k = 0; k < CHANGES; k++) {
            String text = surfaces.get(k % surfaces.size()).expression();
            window.robot.interact(() -> window.functionBox().setValue(text));
            SurfaceFrame shown = window.surfaceShows("the surface of " + text,
                    frame -> frame.spec().function() == window.view.workbench().compiledFunction()
                            && frame.step() >= 0);
            Trajectory run = window.trajectory();
            earlier.add(new WeakReference<>(shown.spec()));
            earlier.add(new WeakReference<>(shown.spec().function()));
            earlier.add(new WeakReference<>(run));
        }
        // The newest function's surface, function and run are still shown; every earlier one must be free.
        List<WeakReference<Object>> old = earlier.subList(0, earlier.size() - 3);

        long kept = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            System.gc();
            Thread.sleep(100);
            kept = old.stream().filter(ref -> ref.get() != null).count();
            if (kept == 0) {
                break;
            }
        }
        assertThat(kept).as("surfaces, functions and runs of earlier functions still reachable").isZero();
        window.assertNoProblems();
    }
}
