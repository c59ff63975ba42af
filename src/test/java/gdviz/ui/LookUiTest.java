package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.chart.ChartLook;
import gdviz.ui.look.Look;
import gdviz.ui.look.Theme;
import gdviz.ui.surface.SurfaceFrame;
import java.awt.Color;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Themes, presentation mode, full screen and the map's arrow keys in the real window. */
@ExtendWith(ApplicationExtension.class)
class LookUiTest {

    private final MemoryPreferences memory = new MemoryPreferences();
    private WindowDriver window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowDriver.open(stage, memory);
    }

    @Test
    void f5MakesTextButtonsAndPathLargerAndTheChoiceIsRemembered() {
        window.ready();
        Label status = window.robot.lookup(".status-line").queryAs(Label.class);
        Button play = window.robot.lookup("#play-button").queryAs(Button.class);
        double standardText = status.getFont().getSize();
        double standardButton = play.getHeight();
        var standardMap = window.mapImage();
        window.robot.type(KeyCode.F5);
        window.waitUntil("larger text", () -> status.getFont().getSize() > 1.3 * standardText);
        window.waitUntil("larger buttons", () -> play.getHeight() > 1.3 * standardButton);
        window.waitUntil("a new map", () -> window.mapImage() != standardMap && window.view.picturesUpToDate());
        assertThat(window.view.look().chartLook().getValue().scale()).isEqualTo(Look.PRESENTATION_SCALE);
        assertThat(new Look(memory).presentationProperty().get()).as("remembered").isTrue();
        window.robot.type(KeyCode.F5);
        window.waitUntil("standard text again", () -> status.getFont().getSize() == standardText);
    }

    @Test
    void inPresentationModeTheSurfaceLabelsStayInsideItsPicture() {
        window.ready();
        SurfaceFrame standard = window.surfaceReady();
        window.robot.type(KeyCode.F5);
        SurfaceFrame large = window.surfaceShows("the surface in presentation text",
                frame -> frame != standard && window.view.look().chartLook().getValue().scale() > 1
                        && frame.spec() != standard.spec());

        // The edge of the picture is background all round: no tick label or axis title is cut off there.
        PixelReader pixels = large.image().getPixelReader();
        int width = (int) large.image().getWidth();
        int height = (int) large.image().getHeight();
        int background = pixels.getArgb(0, 0);
        for (int x = 0; x < width; x++) {
            for (int y : new int[] {0, 1, height - 2, height - 1}) {
                assertThat(pixels.getArgb(x, y)).as("pixel (%d, %d) on the edge", x, y).isEqualTo(background);
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x : new int[] {0, 1, width - 2, width - 1}) {
                assertThat(pixels.getArgb(x, y)).as("pixel (%d, %d) on the edge", x, y).isEqualTo(background);
            }
        }
    }

    @Test
    void theDarkThemeDarkensTheWindowAndTheChartsAndIsRemembered() {
        window.ready();
        Node controls = window.robot.lookup(".controls-scroll").query();
        double[] before = new double[1];
        window.robot.interact(() -> before[0] = meanBrightness(controls));
        assertThat(before[0]).isGreaterThan(0.7);
        choose("theme-dark");
        window.waitUntil("dark controls", () -> meanBrightness(controls) < 0.3);
        window.waitUntil("the map redrawn", () -> window.view.picturesUpToDate()
                && darkCorner(window.mapImage()));
        assertThat(window.view.look().chartLook().getValue()).isEqualTo(ChartLook.dark());
        assertThat(new Look(memory).themeProperty().get()).isEqualTo(Theme.DARK);
        choose("theme-light");
        window.waitUntil("light controls", () -> meanBrightness(controls) > 0.7);
    }

    @Test
    void dialogsOverTheWindowFollowItsDarkTheme() {
        window.ready();
        choose("theme-dark");
        window.robot.clickOn("Help").clickOn("About gdviz");
        window.waitUntil("the About dialog", () -> window.robot.lookup("#about-libraries").tryQuery().isPresent());
        Node pane = window.robot.lookup(".dialog-pane").query();
        window.waitUntil("a dark dialog", () -> meanBrightness(pane) < 0.3);
        window.robot.clickOn(window.robot.lookup("OK").queryButton());
        choose("theme-light");
    }

    @Test
    void f11TogglesFullScreen() {
        window.ready();
        window.robot.type(KeyCode.F11);
        window.waitUntil("full screen", stage::isFullScreen);
        window.robot.type(KeyCode.F11);
        window.waitUntil("a window again", () -> !stage.isFullScreen());
    }

    @Test
    void withTheMapFocusedTheArrowKeysMoveTheStartInsteadOfStepping() {
        window.ready();
        Node map = window.robot.lookup("#contour-map").query();
        window.robot.interact(map::requestFocus);
        int step = window.view.workbench().playback().currentProperty().get();
        double x = window.view.workbench().descent().startXProperty().get();
        double y = window.view.workbench().descent().startYProperty().get();
        window.robot.type(KeyCode.LEFT);
        window.robot.type(KeyCode.UP);
        assertThat(window.view.workbench().descent().startXProperty().get()).isCloseTo(x - 0.1,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(window.view.workbench().descent().startYProperty().get()).isCloseTo(y + 0.1,
                org.assertj.core.data.Offset.offset(1e-9));
        window.waitUntil("the new run", () -> window.trajectory().coordinate(0, 0) == x - 0.1);
        assertThat(map.getAccessibleText()).contains("x^2 + x*y + y^2").contains("Start x = " + (x - 0.1));
        window.robot.interact(() -> window.robot.lookup("#play-button").query().requestFocus());
        window.robot.interact(() -> window.view.workbench().playback().reset());
        window.robot.type(KeyCode.RIGHT);
        assertThat(window.view.workbench().playback().currentProperty().get()).isEqualTo(1);
        assertThat(step).isGreaterThanOrEqualTo(0);
    }

    /** Chooses a theme as the View › Theme menu does. */
    private void choose(String itemId) {
        MenuBar bar = window.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(Menu.class::isInstance).flatMap(menu -> ((Menu) menu).getItems().stream())
                .filter(candidate -> itemId.equals(candidate.getId())).findFirst().orElseThrow();
        window.robot.interact(item::fire);
    }

    private static boolean darkCorner(Image map) {
        return map != null && brightness(map.getPixelReader().getArgb(2, 2)) < 0.2;
    }

    /** The mean brightness of what {@code node} shows, 0 black to 1 white; call on the JavaFX thread. */
    private static double meanBrightness(Node node) {
        Image image = node.snapshot(null, null);
        double sum = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                sum += brightness(image.getPixelReader().getArgb(x, y));
                count++;
            }
        }
        return sum / count;
    }

    private static double brightness(int argb) {
        return Color.RGBtoHSB(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff, null)[2];
    }
}
