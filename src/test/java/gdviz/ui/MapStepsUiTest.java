package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.descent.Trajectory;
import gdviz.core.presets.Presets;
import gdviz.ui.playback.PlaybackModel;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The map repaints only what a step changes while the run is played a step at a time: the picture must be the
 * one a full repaint gives, and a jump back or a new run must not leave anything of the old path behind.
 */
@ExtendWith(ApplicationExtension.class)
class MapStepsUiTest {

    /** Anti-aliasing may round a channel differently where a line is drawn in pieces. */
    private static final int CHANNEL_TOLERANCE = 2;

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    /** Rosenbrock from its preset start: a long path zig-zagging down the valley, crossing itself on screen. */
    @BeforeEach
    void rosenbrock() {
        window.ready();
        window.robot.interact(() -> window.view.workbench().choose(Presets.byExpression(
                "(1 - x)^2 + 100*(y - x^2)^2").orElseThrow()));
        window.waitUntil("the Rosenbrock run", () -> window.trajectory().size() == 1001 && window.view
                .picturesUpToDate());
    }

    private PlaybackModel playback() {
        return window.view.workbench().playback();
    }

    private Image map() {
        Node map = window.robot.lookup("#contour-map").query();
        Image[] image = new Image[1];
        window.robot.interact(() -> image[0] = map.snapshot(null, null));
        return image[0];
    }

    /** Steps one at a time from the start to {@code last}, as playback does. */
    private void stepTo(int last) {
        window.robot.interact(() -> {
            playback().reset();
            for (int k = 1; k <= last; k++) {
                playback().stepForward();
            }
        });
    }

    /** The map after jumping to {@code step} from elsewhere, which paints the whole path afresh. */
    private Image jumpedTo(int step) {
        window.robot.interact(() -> {
            playback().currentProperty().set(step == 0 ? 1 : 0);
            playback().currentProperty().set(step);
        });
        return map();
    }

    @Test
    void steppingOneAtATimeShowsWhatJumpingThereShows() {
        for (int last : new int[] {1, 2, 40, 250}) {
            stepTo(last);
            Image stepped = map();
            assertSame(stepped, jumpedTo(last));
            assertThat(differingPixels(stepped, jumpedTo(last - 1))).as("step %d shows more than step %d", last,
                    last - 1).isPositive();
        }
    }

    @Test
    void aStepBackShowsThePathWithoutItsLastStep() {
        stepTo(120);
        window.robot.interact(() -> playback().stepBack());
        Image back = map();
        assertSame(back, jumpedTo(119));
    }

    @Test
    void aNewRateShowsOnlyTheNewPath() {
        stepTo(200);
        Trajectory old = window.trajectory();
        window.robot.interact(() -> window.view.workbench().descent().rateProperty().set(0.001));
        window.waitUntil("the run at the new rate", () -> window.trajectory() != old);
        window.robot.interact(() -> {
            for (int k = 0; k < 5; k++) {
                playback().stepForward();
            }
        });
        int shown = playback().currentProperty().get();
        Image afterChange = map();
        assertSame(afterChange, jumpedTo(shown));
    }

    private static void assertSame(Image actual, Image full) {
        assertThat(differingPixels(actual, full)).as("pixels that differ from a full repaint").isZero();
    }

    private static int differingPixels(Image a, Image b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = pa.getArgb(x, y);
                int q = pb.getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > CHANNEL_TOLERANCE) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing;
    }
}
