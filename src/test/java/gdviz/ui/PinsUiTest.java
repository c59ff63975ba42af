package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.ui.runs.PinnedRun;
import gdviz.ui.surface.SurfaceFrame;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Pinning runs in the real window: the legend, the coloured paths on the map and the surface, and clearing. */
@ExtendWith(ApplicationExtension.class)
class PinsUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private int legendEntries() {
        return window.robot.lookup(".pin-entry").queryAll().size();
    }

    /** How many pixels of the map have the pin's colour. */
    private int pixelsOf(PinnedRun pin) {
        Node map = window.robot.lookup("#contour-map").query();
        Image[] image = new Image[1];
        window.robot.interact(() -> image[0] = map.snapshot(null, null));
        return pixelsOf(pin, image[0]);
    }

    private static int pixelsOf(PinnedRun pin, Image image) {
        PixelReader pixels = image.getPixelReader();
        java.awt.Color colour = pin.colour();
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                if (Math.abs((argb >> 16 & 0xff) - colour.getRed()) < 20
                        && Math.abs((argb >> 8 & 0xff) - colour.getGreen()) < 20
                        && Math.abs((argb & 0xff) - colour.getBlue()) < 20) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void aPinnedRunStaysOnTheMapWithALegendEntryThatTogglesIt() {
        window.ready();
        var pinned = window.trajectory();
        window.robot.clickOn("#pin-button");
        assertThat(legendEntries()).isEqualTo(1);
        PinnedRun pin = window.view.workbench().pins().pins().get(0);
        assertThat(pin.run()).isSameAs(pinned);
        assertThat(pin.name()).isEqualTo("Gradient descent, \u03b1 = 0.1");
        window.typeInto("#rate-field", "0.5");
        window.waitUntil("the run at rate 0.5", () -> window.trajectory() != pinned);
        window.waitUntil("the pinned path drawn", () -> pixelsOf(pin) > 100);

        window.robot.clickOn(".pin-entry");
        assertThat(pin.visibleProperty().get()).isFalse();
        window.waitUntil("the pinned path hidden", () -> pixelsOf(pin) < 10);
        window.robot.clickOn(".pin-entry");
        window.waitUntil("the pinned path shown again", () -> pixelsOf(pin) > 100);

        window.robot.clickOn("#pin-button");
        assertThat(legendEntries()).isEqualTo(2);
        window.robot.clickOn(".pin-remove");
        assertThat(window.view.workbench().pins().pins()).extracting(PinnedRun::name)
                .containsExactly("Gradient descent, \u03b1 = 0.5");
        window.robot.clickOn("#clear-pins");
        assertThat(legendEntries()).isZero();
    }

    @Test
    void pinnedRunsLieOnTheSurfaceInTheirColoursAndFollowTheLegend() {
        window.ready();
        window.robot.clickOn("#pin-button");
        PinnedRun pin = window.view.workbench().pins().pins().get(0);
        window.typeInto("#rate-field", "0.5");
        window.waitUntil("the run at rate 0.5", () -> window.trajectory() != pin.run());
        SurfaceFrame both = window.surfaceShows("the pin on the surface", frame -> frame.others() == 1);
        int pinned = pixelsOf(pin, both.image());
        assertThat(pinned).as("pixels in the pin's colour on the surface").isGreaterThan(50);

        window.robot.clickOn(".pin-entry");
        SurfaceFrame hidden = window.surfaceShows("the pin hidden on the surface", frame -> frame.others() == 0);
        assertThat(pixelsOf(pin, hidden.image())).isLessThan(pinned / 5);
        window.robot.clickOn(".pin-entry");
        window.surfaceShows("the pin shown again", frame -> frame.others() == 1);

        // All runs advance together: back at the start, the pin is only its start marker.
        window.robot.clickOn("#reset-button");
        SurfaceFrame start = window.surfaceShows("the start on the surface",
                frame -> frame.step() == 0 && frame.others() == 1);
        assertThat(pixelsOf(pin, start.image())).isLessThan(pinned);
    }

    @Test
    void pinsAnimateWithPlaybackAndANewFunctionClearsThem() {
        window.ready();
        window.robot.clickOn("#pin-button");
        PinnedRun pin = window.view.workbench().pins().pins().get(0);
        window.typeInto("#rate-field", "0.5");
        window.waitUntil("the run at rate 0.5", () -> window.trajectory() != pin.run());
        window.waitUntil("the whole pinned path", () -> pixelsOf(pin) > 100);
        int whole = pixelsOf(pin);
        window.robot.clickOn("#reset-button");
        window.robot.clickOn("#forward-button");
        window.waitUntil("the pinned path cut at step 1", () -> pixelsOf(pin) < whole / 2);

        window.typeFunction("x^2 + 4*y^2");
        window.waitUntil("the pins cleared", () -> legendEntries() == 0);
        assertThat(window.view.workbench().pins().pins()).isEmpty();
    }
}
