package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.ui.about.AboutInfo;
import gdviz.ui.about.AppIcon;
import gdviz.ui.about.Library;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help › About in the real window: the version, the runtime and every library with its licence. */
@ExtendWith(ApplicationExtension.class)
class AboutUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    @Test
    void theIconComesInEverySizeADesktopAsksFor() {
        List<Image> icons = AppIcon.all();
        assertThat(icons).extracting(Image::getWidth).containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(icons).allSatisfy(icon -> {
            assertThat(icon.isError()).isFalse();
            assertThat(icon.getHeight()).isEqualTo(icon.getWidth());
        });
    }

    @Test
    void aboutListsEveryLibraryWithItsVersionAndLicence() {
        window.ready();
        window.robot.clickOn("Help").clickOn("About gdviz");
        window.waitUntil("the About dialog", () -> window.robot.lookup("#about-libraries").tryQuery().isPresent());
        GridPane grid = window.robot.lookup("#about-libraries").queryAs(GridPane.class);
        List<String> rows = grid.getChildren().stream().map(node -> ((Label) node).getText()).toList();
        for (Library library : AboutInfo.load().libraries()) {
            int at = rows.indexOf(library.name());
            assertThat(at).as(library.name()).isNotNegative();
            assertThat(rows.subList(at + 1, at + 3)).containsExactly(library.version(), library.licence());
        }
        Label runtime = window.robot.lookup("#about-runtime").queryAs(Label.class);
        assertThat(runtime.getText()).contains("Java " + System.getProperty("java.version"))
                .contains("JavaFX " + System.getProperty("javafx.runtime.version"));
        Node ok = window.robot.lookup("OK").query();
        window.robot.clickOn(ok);
    }
}
