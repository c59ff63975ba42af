package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.grid.Domain;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Zoom and pan on the real map: the region changes, the map is drawn again, the start stays put. */
@ExtendWith(ApplicationExtension.class)
class MapGesturesUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private Domain region() {
        return window.view.workbench().region().domain();
    }

    @Test
    void theWheelZoomsAboutThePointerAndTheMapIsRedrawn() {
        window.ready();
        var before = window.mapImage();
        window.robot.moveTo(window.onMap(2, 2));
        window.robot.scroll(40, VerticalDirection.DOWN);
        window.waitUntil("a zoomed region", () -> Math.abs(region().width() - 10) > 0.1);
        Domain zoomed = region();
        // The point under the pointer keeps its place: (2, 2) divides the region in the same ratio as before.
        assertThat((2 - zoomed.xMin()) / zoomed.width()).isCloseTo(0.7, within(0.005));
        assertThat((2 - zoomed.yMin()) / zoomed.height()).isCloseTo(0.7, within(0.005));
        window.waitUntil("the map of the zoomed region", () -> window.mapImage() != before
                && window.view.picturesUpToDate()
                && window.view.mapGeometry().domain().equals(region()));
        assertThat(window.view.workbench().descent().startXProperty().get()).isEqualTo(4);
        window.robot.scroll(40, VerticalDirection.UP);
        window.waitUntil("the region zoomed back", () -> Math.abs(region().width() - 10) < 0.05);
    }

    @Test
    void shiftDragPansWithoutMovingTheStart() {
        window.ready();
        var from = window.onMap(0, 0);
        var to = window.onMap(-1, -2);
        window.robot.press(KeyCode.SHIFT);
        window.robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        window.robot.release(KeyCode.SHIFT);
        // Dragging the plane by (-1, -2) shows what lay up and to the right. The region follows the pointer's
        // events, which may still be arriving when the robot lets go.
        window.waitUntil("the region moved by the whole drag",
                () -> Math.abs(region().xMin() + 4) < 0.05 && Math.abs(region().yMin() + 3) < 0.05);
        assertThat(region().width()).isCloseTo(10, within(1e-9));
        assertThat(window.view.workbench().descent().startXProperty().get()).isEqualTo(4);
        assertThat(window.view.workbench().descent().startYProperty().get()).isEqualTo(-3);
        window.scrollControlsToEnd();
        window.robot.clickOn("#reset-view");
        assertThat(region()).isEqualTo(Domain.centred(5));
    }
}
