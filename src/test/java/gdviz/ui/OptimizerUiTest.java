package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.descent.Optimizer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The optimiser list and its hyperparameter fields in the real window. */
@ExtendWith(ApplicationExtension.class)
class OptimizerUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    @SuppressWarnings("unchecked")
    private void choose(Optimizer optimizer) {
        ComboBox<Optimizer> box = window.robot.lookup("#optimizer-box").queryAs(ComboBox.class);
        window.robot.clickOn(box);
        window.robot.clickOn(optimizer.displayName());
        assertThat(box.getValue()).isEqualTo(optimizer);
    }

    private TextField field(String id) {
        return window.robot.lookup(id).queryAs(TextField.class);
    }

    /** Whether the node and all its parents are visible. */
    private boolean shown(String id) {
        for (Node node = window.robot.lookup(id).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void adamsFirstStepIsTheRateAgainstTheGradientsSign() {
        window.ready();
        // The bowl from (4, -3): the gradient (5, -2); plain descent steps to (3.5, -2.8), Adam to (3.9, -2.9).
        assertThat(window.trajectory().coordinate(1, 0)).isCloseTo(3.5, org.assertj.core.data.Offset.offset(1e-12));
        choose(Optimizer.ADAM);
        window.waitUntil("a run with Adam", () -> Math.abs(window.trajectory().coordinate(1, 0) - 3.9) < 1e-6);
        assertThat(window.trajectory().coordinate(1, 1)).isCloseTo(-2.9, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(shown("#adam-beta1-field")).isTrue();
        assertThat(field("#adam-beta1-field").getText()).isEqualTo("0.9");
        assertThat(field("#adam-beta2-field").getText()).isEqualTo("0.999");
        assertThat(shown("#momentum-momentum-field")).isFalse();
    }

    @Test
    void aHyperparameterFieldReRunsAndMarksRefusedValues() {
        window.ready();
        choose(Optimizer.NESTEROV);
        TextField momentum = field("#nesterov-momentum-field");
        assertThat(momentum.getText()).isEqualTo("0.9");
        window.typeInto("#nesterov-momentum-field", "0");
        assertThat(momentum.getStyleClass()).contains("invalid");
        assertThat(momentum.getTooltip().getText()).contains("above 0 and below 1");
        window.robot.write(".5");
        assertThat(momentum.getStyleClass()).doesNotContain("invalid");
        // Nesterov with μ = 0.5 from (4, -3): the first step is 0.1 · (1 + μ) · (5, -2) = (0.75, -0.3).
        window.waitUntil("a run with momentum 0.5",
                () -> Math.abs(window.trajectory().coordinate(1, 0) - 3.25) < 1e-9);
        assertThat(window.status()).startsWith("Converged");
    }
}
