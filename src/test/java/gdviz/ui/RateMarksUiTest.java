package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.descent.Optimizer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The critical rates on the learning-rate slider of the real window. */
@ExtendWith(ApplicationExtension.class)
class RateMarksUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private double sceneX(String id) {
        Node node = window.robot.lookup(id).query();
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getCenterX();
    }

    private String words() {
        return window.robot.lookup("#rate-marks-words").queryAs(Label.class).getText();
    }

    @Test
    void theBowlsTicksSitWhereTheSliderPutsTheirRates() {
        window.ready();
        window.waitUntil("the marks at the bowl's minimum", () -> words()
                .equals("steps start to oscillate above 0.333 and diverge above 0.667 near this minimum"));
        double oscillation = sceneX("#rate-mark-oscillation");
        double optimal = sceneX("#rate-mark-optimal");
        double limit = sceneX("#rate-mark-limit");
        assertThat(oscillation).isLessThan(optimal);
        assertThat(optimal).isLessThan(limit);
        Node thumb = window.robot.lookup("#rate-slider .thumb").query();
        window.typeInto("#rate-field", "0.5");
        window.robot.interact(() -> { });
        assertThat(thumb.localToScene(thumb.getBoundsInLocal()).getCenterX()).isCloseTo(optimal, within(1.0));
        window.typeInto("#rate-field", "0.6666667");
        window.robot.interact(() -> { });
        assertThat(thumb.localToScene(thumb.getBoundsInLocal()).getCenterX()).isCloseTo(limit, within(1.0));
    }

    @Test
    void aNewFunctionMovesTheMarks() {
        window.ready();
        double limitBefore = sceneX("#rate-mark-limit");
        window.typeFunction("x^2 + 4*y^2");
        // Eigenvalues 2 and 8: oscillation above 1/8, divergence above 2/8.
        window.waitUntil("the marks of the steeper bowl", () -> words()
                .equals("steps start to oscillate above 0.125 and diverge above 0.25 near this minimum"));
        assertThat(sceneX("#rate-mark-limit")).isLessThan(limitBefore);
    }

    @Test
    void theWordsSayTheMarksHoldForPlainDescentWhenAnotherOptimiserIsChosen() {
        window.ready();
        window.robot.clickOn("#optimizer-box");
        window.robot.clickOn(Optimizer.ADAM.displayName());
        window.waitUntil("the note about plain descent", () -> words().endsWith("(for plain gradient descent)"));
        window.robot.clickOn("#optimizer-box");
        window.robot.clickOn(Optimizer.GD.displayName());
        window.waitUntil("the plain words", () -> words()
                .equals("steps start to oscillate above 0.333 and diverge above 0.667 near this minimum"));
    }
}
