package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.descent.Trajectory;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** One-variable functions in the real window: the curve view with the steps, picked from the presets. */
@ExtendWith(ApplicationExtension.class)
class CurveUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private void choosePreset(String name) {
        window.robot.clickOn("#function-box .arrow-button");
        window.robot.clickOn(name);
    }

    @Test
    void choosingTheParabolaShowsItsCurveStartAndRate() {
        window.ready();
        choosePreset("Parabola 2x\u00b2");
        window.waitUntil("the curve of 2x^2", () -> window.curveImage() != null && window.view.picturesUpToDate()
                && window.trajectory().dimension() == 1);
        assertThat(window.robot.lookup("#curve-view").query().isVisible()).isTrue();
        assertThat(window.robot.lookup("#contour-map").query().isVisible()).isFalse();
        assertThat(window.robot.lookup("#start-y-slider").query().isVisible()).isFalse();
        assertThat(window.derivatives()).isEqualTo("\u2202f/\u2202x = 4*x");
        Trajectory run = window.trajectory();
        // The teaching text's example: from 1 with rate 0.1 the steps go to 0.6, then 0.36.
        assertThat(run.coordinate(0, 0)).isEqualTo(1);
        assertThat(run.coordinate(1, 0)).isCloseTo(0.6, within(1e-12));
        assertThat(run.coordinate(2, 0)).isCloseTo(0.36, within(1e-12));

        window.typeFunction("x^2 + 2*y^2");
        window.waitUntil("the map again", () -> window.trajectory().dimension() == 2
                && window.view.picturesUpToDate()
                && window.view.mapGeometry().domain().equals(window.view.workbench().region().domain()));
        assertThat(window.robot.lookup("#contour-map").query().isVisible()).isTrue();
        assertThat(window.robot.lookup("#start-y-slider").query().isVisible()).isTrue();
    }

    @Test
    void aLargeRateMakesTheStepsJumpFromSideToSide() {
        window.ready();
        choosePreset("Parabola 2x\u00b2");
        window.waitUntil("the curve", () -> window.trajectory().dimension() == 1);
        TextField rate = window.robot.lookup("#rate-field").queryAs(TextField.class);
        window.robot.doubleClickOn(rate).eraseText(rate.getText().length() + 2).write("0.45");
        window.waitUntil("a run with rate 0.45", () -> window.trajectory().outcome().settings().rate() == 0.45);
        Trajectory run = window.trajectory();
        for (int k = 1; k < 6; k++) {
            // x_k+1 = x_k - 0.45 * 4 x_k = -0.8 x_k: the other side of the minimum each time.
            assertThat(Math.signum(run.coordinate(k, 0))).isEqualTo(-Math.signum(run.coordinate(k - 1, 0)));
        }
        assertThat(window.status()).startsWith("Converged");
    }

    @Test
    void choosingThePresetAgainBringsBackItsStartAndRate() {
        window.ready();
        choosePreset("Parabola 2x\u00b2");
        window.waitUntil("the curve", () -> window.trajectory().dimension() == 1);
        window.robot.interact(() -> {
            window.view.workbench().descent().rateProperty().set(0.45);
            window.view.workbench().descent().startXProperty().set(-1.2);
        });
        choosePreset("Parabola 2x\u00b2");
        window.waitUntil("the preset's run again", () -> window.trajectory().outcome().settings().rate() == 0.1
                && window.trajectory().coordinate(0, 0) == 1);
    }

    @Test
    void clickingTheCurveMovesTheStart() {
        window.ready();
        choosePreset("Parabola w\u00b2");
        window.waitUntil("the curve of w^2", () -> window.view.curveGeometry() != null
                && window.view.picturesUpToDate() && window.trajectory().dimension() == 1);
        window.robot.clickOn(window.onCurve(-3, 9));
        window.waitUntil("a run from w = -3", () -> window.trajectory().coordinate(0, 0) < 0);
        assertThat(window.trajectory().coordinate(0, 0)).isCloseTo(-3,
                within(1 / window.view.curveGeometry().pixelsPerX()));
    }
}
