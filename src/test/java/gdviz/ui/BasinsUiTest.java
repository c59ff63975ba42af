package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.chart.BasinPainter;
import gdviz.core.analysis.BasinMap;
import gdviz.core.presets.Presets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The basin overlay on the map of a function with several minima. */
@ExtendWith(ApplicationExtension.class)
class BasinsUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private CheckBox toggle() {
        return window.robot.lookup("#basins-toggle").queryAs(CheckBox.class);
    }

    private BasinMap basins() {
        return window.view.basins();
    }

    private void choose(String preset) {
        window.robot.interact(() -> window.view.workbench().choose(Presets.all().stream()
                .filter(p -> p.name().equals(preset)).findFirst().orElseThrow()));
    }

    @Test
    void himmelblausFourMinimaEachColourTheirOwnBasin() {
        window.ready();
        assertThat(toggle().isDisabled()).as("the bowl has one minimum").isTrue();
        choose("Himmelblau");
        window.ready();
        Image plain = mapShot();
        // Turning the overlay on returns at once: the map is computed off the JavaFX thread, so the window keeps
        // drawing and the progress bar shows until the result is handed back on a later pulse.
        boolean[] computingAfterToggle = new boolean[1];
        window.robot.interact(() -> {
            toggle().setSelected(true);
            computingAfterToggle[0] = basins() == null
                    && window.robot.lookup("#basins-progress").query().isVisible();
        });
        assertThat(computingAfterToggle[0]).as("still computing, with progress, when the toggle returns").isTrue();
        window.waitUntil("the basins", () -> basins() != null && window.view.picturesUpToDate());
        BasinMap map = basins();
        for (int k = 0; k < 4; k++) {
            assertThat(map.count(k)).as("cells reaching minimum %d", k).isGreaterThan(100);
        }
        assertThat(window.robot.lookup("#basins-summary").queryAs(Label.class).getText())
                .isEqualTo("4 of 4 minima reached:");
        assertThat(window.robot.lookup(".basin-entry").queryAllAs(Label.class)).filteredOn(Node::isVisible)
                .extracting(Label::getAccessibleText).hasSizeGreaterThanOrEqualTo(4)
                .first().asString().startsWith("the minimum at (3, 2): ");
        // Each minimum lies in its own basin, tinted in its colour on the map.
        for (int k = 0; k < 4; k++) {
            var minimum = map.minima().get(k).point();
            Point2D at = window.onMap(minimum.get(0) + 0.4, minimum.get(1) + 0.4);
            assertThat(tintAt(plain, mapShot(), at)).as("the tint near minimum %d", k).isEqualTo(k);
        }

        window.robot.clickOn("#basins-toggle");
        assertThat(basins()).isNull();
    }

    private Image mapShot() {
        Node map = window.robot.lookup("#contour-map").query();
        Image[] shot = new Image[1];
        window.robot.interact(() -> shot[0] = map.snapshot(null, null));
        return shot[0];
    }

    /** Which basin colour, laid translucently over the plain map, makes the tinted pixel at the screen point. */
    private int tintAt(Image plain, Image tinted, Point2D screen) {
        Point2D local = window.robot.lookup("#contour-map").query().screenToLocal(screen);
        int x = (int) local.getX();
        int y = (int) local.getY();
        int under = plain.getPixelReader().getArgb(x, y);
        int over = tinted.getPixelReader().getArgb(x, y);
        double alpha = 115 / 255.0;
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 4; k++) {
            java.awt.Color c = BasinPainter.colourOf(k);
            double distance = 0;
            for (int shift : new int[] {16, 8, 0}) {
                int colour = shift == 16 ? c.getRed() : shift == 8 ? c.getGreen() : c.getBlue();
                double expected = alpha * colour + (1 - alpha) * (under >> shift & 0xff);
                distance += Math.abs(expected - (over >> shift & 0xff));
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = k;
            }
        }
        return best;
    }
}
