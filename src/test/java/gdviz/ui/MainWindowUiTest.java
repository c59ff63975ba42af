package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gdviz.chart.MapGeometry;
import gdviz.core.descent.Trajectory;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, driven headless through Monocle: function box, map clicks, the learning-rate slider. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    @Test
    void opensOnTheBowlWithItsDerivativesMapAndConvergedRun() {
        window.ready();
        assertThat(window.derivatives()).isEqualTo("\u2202f/\u2202x = 2*x + y\n\u2202f/\u2202y = x + 2*y");
        assertThat(window.status()).startsWith("Converged after ");
        Trajectory run = window.trajectory();
        assertThat(run.coordinate(0, 0)).isEqualTo(4);
        assertThat(run.coordinate(0, 1)).isEqualTo(-3);
    }

    @Test
    void typingAFunctionUpdatesTheDerivativesTheMapAndTheRun() {
        window.ready();
        Image before = window.mapImage();
        window.typeFunction("x^2 + 3*y^2");
        // Space and R pressed in the function box stay there: they neither play nor reset.
        window.robot.type(KeyCode.SPACE, KeyCode.R, KeyCode.BACK_SPACE);
        window.waitUntil("the new derivatives", () -> window.derivatives().equals(
                "\u2202f/\u2202x = 2*x\n\u2202f/\u2202y = 6*y"));
        window.waitUntil("a new map", () -> window.mapImage() != before && window.view.picturesUpToDate());
        window.waitUntil("a run on the new function", () -> window.trajectory().value(0) == 4 * 4 + 3 * 9);
        assertThat(window.functionError().isVisible()).isFalse();
        assertThat(window.view.workbench().playback().playingProperty().get()).isFalse();
        assertThat(window.view.workbench().playback().currentProperty().get())
                .isEqualTo(window.trajectory().size() - 1);
    }

    @Test
    void aBadFunctionShowsItsMessageAndKeepsTheLastPicture() {
        window.ready();
        Image bowl = window.mapImage();
        window.typeFunction("x^2 + y^2");
        window.waitUntil("the map and run of x^2 + y^2", () -> window.trajectory().value(0) == 25
                && window.mapImage() != bowl && window.view.picturesUpToDate());
        Image good = window.mapImage();
        Trajectory run = window.trajectory();
        window.robot.write(" + * y");
        window.waitUntil("the message", () -> window.functionError().isVisible());
        assertThat(window.functionError().getText()).contains("column 13");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.derivatives()).isEqualTo("\u2202f/\u2202x = 2*x\n\u2202f/\u2202y = 2*y");
        assertThat(window.mapImage()).isSameAs(good);
        assertThat(window.trajectory()).isSameAs(run);
    }

    @Test
    void clickingTheMapMovesTheStartAndThePath() {
        window.ready();
        Point2D target = window.onMap(-2.5, 3.5);
        window.robot.clickOn(target);
        window.waitUntil("a run from the clicked point", () -> window.trajectory().coordinate(0, 0) < 0);
        MapGeometry geometry = window.view.mapGeometry();
        Trajectory run = window.trajectory();
        assertThat(run.coordinate(0, 0)).isCloseTo(-2.5, within(1 / geometry.pixelsPerX()));
        assertThat(run.coordinate(0, 1)).isCloseTo(3.5, within(1 / geometry.pixelsPerY()));
        assertThat(run.size()).isGreaterThan(10);
        assertThat(window.status()).startsWith("Converged");
    }

    @Test
    void draggingTheStartAcrossTheMapReRunsOnTheWay() {
        window.ready();
        window.robot.drag(window.onMap(4, -3)).moveTo(window.onMap(0, -4));
        window.waitUntil("a run from the dragged start", () -> window.trajectory().coordinate(0, 0) < 2);
        window.robot.moveTo(window.onMap(-3, 2)).release(javafx.scene.input.MouseButton.PRIMARY);
        window.waitUntil("a run from where the drag ended", () -> window.trajectory().coordinate(0, 1) > 1);
        assertThat(window.trajectory().coordinate(0, 0)).isCloseTo(-3,
                within(1 / window.view.mapGeometry().pixelsPerX()));
    }

    @Test
    void draggingTheLearningRateTakesTheBowlFromCrawlingToConvergingToDiverging() {
        window.ready();
        Slider slider = window.robot.lookup("#rate-slider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        Bounds track = slider.lookup(".track").localToScreen(slider.lookup(".track").getBoundsInLocal());
        double y = track.getCenterY();
        window.robot.drag(thumb).moveTo(new Point2D(track.getMinX() - 20, y));
        window.waitUntil("the smallest rate",
                () -> window.status().startsWith("Stopped at the iteration limit (1000)"));
        assertThat(window.view.workbench().descent().rateProperty().get()).isEqualTo(1e-4);
        // log10(0.3) is 70 % of the way from -4 to 1.
        window.robot.moveTo(new Point2D(track.getMinX() + 0.7 * track.getWidth(), y));
        window.waitUntil("a converging rate", () -> window.status().startsWith("Converged after"));
        window.robot.moveTo(new Point2D(track.getMinX() + 0.85 * track.getWidth(), y));
        window.waitUntil("a diverging rate", () -> window.status().startsWith("Diverged at iteration"));
        window.robot.release(javafx.scene.input.MouseButton.PRIMARY);
        assertThat(window.status()).endsWith("the learning rate is too large for this function");
        assertThat(window.view.workbench().descent().rateProperty().get()).isGreaterThan(2.0 / 3);
    }
}
