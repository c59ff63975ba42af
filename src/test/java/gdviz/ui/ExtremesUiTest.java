package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.grid.Domain;
import gdviz.ui.map.DrawnMap;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Functions defined nowhere, poles at the start and huge rates in the real window: words, not exceptions. */
@ExtendWith(ApplicationExtension.class)
class ExtremesUiTest {

    private WindowDriver window;
    private PulseWatch watch;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
        watch = new PulseWatch();
        watch.start();
    }

    private String mapMessage() {
        return window.robot.lookup("#contour-map .picture-message").queryAs(Label.class).getText();
    }

    private boolean mapMessageShown() {
        return window.robot.lookup("#contour-map .picture-message").queryAs(Label.class).isVisible();
    }

    /** Puts a whole text in, as pasting does, so the window reacts once rather than per keystroke. */
    private void paste(String function) {
        window.robot.interact(() -> window.functionBox().getEditor().setText(function));
    }

    @Test
    void aFunctionDefinedNowhereSaysSoOnTheMapAndTheStatusLine() {
        window.ready();
        paste("sqrt(-1 - x^2 - y^2)");

        window.waitUntil("the map's message", () -> mapMessageShown() && window.view.picturesUpToDate());
        assertThat(mapMessage()).isEqualTo(DrawnMap.UNDEFINED);
        window.waitUntil("the run's status", () -> window.status().startsWith("The start is outside the domain"));
        assertThat(window.status()).contains("undefined at x = ");
        assertThat(watch.uncaught()).isEmpty();
        window.assertNoProblems();
    }

    @Test
    void aStartOnAPoleAndAHugeRateAreNamedAndTheMapKeepsItsRegion() {
        window.ready();
        var descent = window.view.workbench().descent();
        paste("1/(x*y) + x^2 + y^2");
        window.robot.interact(() -> descent.startXProperty().set(0));
        window.waitUntil("the pole named", () -> window.status().startsWith("The start is outside the domain of f:"
                + " f or its gradient is infinite at x = 0"));
        Domain region = window.view.workbench().region().domain();

        paste("x^2 + y^2");
        window.robot.interact(() -> {
            descent.startXProperty().set(1);
            descent.rateProperty().set(1e6);
        });
        window.waitUntil("the divergence named", () -> window.status().startsWith("Diverged at iteration "));
        window.waitUntil("the map drawn", () -> window.view.picturesUpToDate() && window.view.mapSpec() != null);

        // The path ran off to 1e12 and beyond; the map stays on the region and clips the path.
        assertThat(window.view.mapSpec().grid().domain()).isEqualTo(region);
        assertThat(window.view.workbench().region().domain()).isEqualTo(region);
        assertThat(watch.uncaught()).isEmpty();
        window.assertNoProblems();
    }
}
