package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.ui.layout.PictureLayout;
import gdviz.ui.playback.PlaybackModel;
import gdviz.ui.surface.SurfaceFrame;
import gdviz.ui.surface.ViewPoint;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 3-D surface in the real window: beside the map, in step with the playback, turned and zoomed by mouse. */
@ExtendWith(ApplicationExtension.class)
class SurfaceUiTest {

    private final MemoryPreferences memory = new MemoryPreferences();
    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage, memory);
    }

    private void choosePreset(String name) {
        window.robot.clickOn("#function-box .arrow-button");
        window.robot.clickOn(name);
    }

    private PlaybackModel playback() {
        return window.view.workbench().playback();
    }

    @Test
    void theSurfaceShowsBesideTheMapInItsColoursAndFollowsANewFunction() {
        window.ready();
        SurfaceFrame bowl = window.surfaceReady();
        assertThat(window.robot.lookup("#surface-view").query().isVisible()).isTrue();
        assertThat(bowl.spec().function()).isSameAs(window.view.workbench().compiledFunction());
        assertThat(bowl.spec().levels()).containsExactly(window.view.mapSpec().levels());
        assertThat(bowl.spec().domain()).isEqualTo(window.view.workbench().region().domain());

        window.typeFunction("x^2 + 3*y^2");
        SurfaceFrame ellipse = window.surfaceShows("the surface of x^2 + 3*y^2",
                frame -> frame.spec().function() == window.view.workbench().compiledFunction());
        assertThat(ellipse.image()).isNotSameAs(bowl.image());
        assertThat(ellipse.spec().levels()).containsExactly(window.view.mapSpec().levels());
        assertThat(ellipse.spec().heights().max()).isGreaterThan(bowl.spec().heights().max());
    }

    @Test
    void thePathOnTheSurfaceFollowsThePlayback() {
        window.ready();
        assertThat(window.surfaceReady().step()).isEqualTo(window.trajectory().size() - 1);

        window.robot.clickOn("#reset-button");
        window.surfaceShows("the start on the surface", frame -> frame.step() == 0);
        for (int k = 0; k < 3; k++) {
            window.robot.clickOn("#forward-button");
        }
        window.surfaceShows("step 3 on the surface", frame -> frame.step() == 3);
        assertThat(playback().currentProperty().get()).isEqualTo(3);

        window.robot.interact(() -> playback().speedProperty().set(PlaybackModel.MAX_SPEED));
        window.robot.clickOn("#play-button");
        window.waitUntil("the end of the run", () -> !playback().playingProperty().get());
        window.surfaceShows("the last step on the surface",
                frame -> frame.step() == playback().currentProperty().get());
        assertThat(window.view.surfaceFrame().step()).isEqualTo(playback().lastProperty().get());
    }

    @Test
    void draggingTurnsTheSurfaceTheWheelZoomsAndResetGoesHome() {
        window.ready();
        SurfaceFrame first = window.surfaceReady();
        assertThat(first.view()).isEqualTo(first.home());

        window.robot.drag(window.surfaceCentre(), MouseButton.PRIMARY).moveBy(80, 30).drop();
        window.surfaceShows("a turned surface drawn in full",
                frame -> !frame.draft() && !frame.view().equals(first.view()));
        ViewPoint turned = window.view.surfaceFrame().view();
        assertThat(turned.theta()).isNotEqualTo(first.view().theta());
        assertThat(turned.rho()).isEqualTo(first.view().rho());

        window.robot.moveTo(window.surfaceCentre());
        window.robot.scroll(5, VerticalDirection.UP);
        window.surfaceShows("a zoomed surface", frame -> frame.view().rho() != turned.rho());
        assertThat(window.view.surfaceFrame().view().theta()).isEqualTo(turned.theta());

        window.robot.clickOn("#surface-home");
        window.surfaceShows("the home view in full", frame -> frame.view().equals(first.home()) && !frame.draft());
        window.assertNoProblems();
    }

    @Test
    void theLayoutChoiceIsRememberedByTheNextWindow() {
        window.ready();
        assertThat(window.view.pictureLayoutProperty().get()).isEqualTo(PictureLayout.SIDE_BY_SIDE);
        window.robot.clickOn("View");
        window.robot.clickOn(PictureLayout.TABS.label());
        assertThat(window.view.pictureLayoutProperty().get()).isEqualTo(PictureLayout.TABS);
        assertThat(window.robot.lookup(".picture-tabs").tryQuery()).isPresent();

        MainView reopened = openAnother();
        assertThat(reopened.pictureLayoutProperty().get()).isEqualTo(PictureLayout.TABS);
        assertThat(reopened.root().lookup(".picture-tabs")).isNotNull();
        assertThat(reopened.root().lookup(".picture-split")).isNull();

        window.robot.interact(() -> reopened.pictureLayoutProperty().set(PictureLayout.SIDE_BY_SIDE));
        MainView third = openAnother();
        assertThat(third.pictureLayoutProperty().get()).isEqualTo(PictureLayout.SIDE_BY_SIDE);
        assertThat(third.root().lookup(".picture-split")).isNotNull();
    }

    /** Whether {@code node} and everything holding it are visible. */
    private static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A second window on the same remembered preferences, as the next run of the app opens. */
    private MainView openAnother() {
        MainView[] opened = new MainView[1];
        window.robot.interact(() -> {
            opened[0] = new MainView((name, kind, pattern) -> java.util.Optional.empty(), problem -> { }, memory);
            Stage stage = new Stage();
            Scene scene = new Scene(opened[0].root(), 1000, 700);
            opened[0].install(scene);
            stage.setScene(scene);
            stage.show();
        });
        return opened[0];
    }

    @Test
    void asTabsTheHiddenMapStillGivesTheSurfaceANewFunction() {
        window.ready();
        window.robot.interact(() -> window.view.pictureLayoutProperty().set(PictureLayout.TABS));
        window.robot.clickOn("#surface-tab");
        window.surfaceReady();
        assertThat(onScreen(window.robot.lookup("#contour-map").query())).isFalse();

        choosePreset("Himmelblau");
        window.surfaceShows("the surface of Himmelblau's function",
                frame -> frame.spec().function() == window.view.workbench().compiledFunction());
        assertThat(window.view.surfaceFrame().spec().levels()).containsExactly(window.view.mapSpec().levels());
    }

    @Test
    void aOneVariableFunctionShowsTheCurveAndNoSurface() {
        window.ready();
        window.surfaceReady();
        choosePreset("Parabola 2x\u00b2");
        window.waitUntil("the curve of 2x^2", () -> window.curveImage() != null && window.view.picturesUpToDate()
                && window.trajectory().dimension() == 1);
        // Side by side, the curve takes the whole width: the surface has left the window.
        assertThat(window.robot.lookup("#surface-view").tryQuery()).isEmpty();
        assertThat(window.robot.lookup("#curve-view").query().isVisible()).isTrue();

        window.robot.interact(() -> window.view.pictureLayoutProperty().set(PictureLayout.TABS));
        TabPane tabs = window.robot.lookup(".picture-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Curve");
        window.robot.clickOn("#surface-tab");
        Node note = window.robot.lookup(".surface-note").query();
        assertThat(note.isVisible()).isTrue();
        assertThat(((Label) note).getText()).contains("one variable");
        assertThat(window.robot.lookup("#surface-home").query().isVisible()).isFalse();

        choosePreset("Booth");
        window.surfaceShows("the surface of Booth's function",
                frame -> frame.spec().function() == window.view.workbench().compiledFunction());
        assertThat(note.isVisible()).isFalse();
    }
}
