package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.grid.Domain;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The fields beside the sliders and the region fields, typed into in the real window. */
@ExtendWith(ApplicationExtension.class)
class ControlsUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private void typeInto(String id, String text) {
        window.typeInto(id, text);
    }

    @Test
    void theIterationLimitAndToleranceFieldsStopTheRunWhereTheySay() {
        window.ready();
        typeInto("#iterations-field", "5");
        window.waitUntil("a run of 5 iterations", () -> window.trajectory().size() == 6);
        assertThat(window.status()).startsWith("Stopped at the iteration limit (5): still descending");
        typeInto("#iterations-field", "1000");
        typeInto("#tolerance-field", "0.01");
        window.waitUntil("a run to |grad f| <= 0.01", () -> window.status().startsWith("Converged")
                && window.status().endsWith("\u2264 0.01"));
        assertThat(window.trajectory().last().gradientNorm()).isLessThanOrEqualTo(0.01);
    }

    @Test
    void anUnusableValueIsMarkedAndTheLastGoodOneStays() {
        window.ready();
        typeInto("#rate-field", "-1");
        TextField rate = window.robot.lookup("#rate-field").queryAs(TextField.class);
        assertThat(rate.getStyleClass()).contains("invalid");
        assertThat(rate.getTooltip().getText()).contains("a learning rate above 0");
        assertThat(window.view.workbench().descent().rateProperty().get()).isEqualTo(0.1);
        window.robot.type(KeyCode.ESCAPE);
        assertThat(rate.getText()).isEqualTo("0.1");
        assertThat(rate.getStyleClass()).doesNotContain("invalid");
    }

    @Test
    void theStartFieldsMoveTheStart() {
        window.ready();
        typeInto("#start-x-field", "-2.5");
        typeInto("#start-y-field", "1.25");
        window.waitUntil("a run from (-2.5, 1.25)", () -> window.trajectory().coordinate(0, 0) == -2.5
                && window.trajectory().coordinate(0, 1) == 1.25);
    }

    @Test
    void theRegionFieldsAndLogColoursRedrawTheMap() {
        window.ready();
        typeInto("#x-max-field", "8");
        window.waitUntil("the map of the wider region", () -> window.view.picturesUpToDate()
                && window.view.mapGeometry().domain().equals(new Domain(-5, 8, -5, 5)));
        var linear = window.mapImage();
        window.scrollControlsToEnd();
        window.robot.clickOn("#log-colours");
        assertThat(window.view.workbench().region().logColoursProperty().get()).isTrue();
        window.waitUntil("the map in log colours", () -> window.view.picturesUpToDate()
                && window.mapImage() != linear);
    }
}
