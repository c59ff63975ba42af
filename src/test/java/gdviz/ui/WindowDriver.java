package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.chart.MapGeometry;
import gdviz.core.descent.Trajectory;
import gdviz.ui.surface.SurfaceFrame;
import gdviz.ui.export.OpenLocation;
import gdviz.ui.export.SaveLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real window (the same MainView, scene and style sheet as the app) and reads what it shows. Export
 * goes to a file the test chooses instead of the save dialog, lessons open from one instead of the open dialog;
 * problems are collected instead of shown.
 */
final class WindowDriver {

    private static final long WAIT_SECONDS = 20;

    final MainView view;
    final FxRobot robot;
    final List<String> problems = new ArrayList<>();
    java.nio.file.Path saveTarget;
    /** The file the open dialog answers with; null cancels. */
    java.nio.file.Path openTarget;

    private WindowDriver(MainView view, FxRobot robot) {
        this.view = view;
        this.robot = robot;
    }

    /** Call from a TestFX {@code @Start} method; the window starts with the default layout. */
    static WindowDriver open(Stage stage) {
        return open(stage, new MemoryPreferences());
    }

    /** Call from a TestFX {@code @Start} method; the window keeps its layout choice in {@code memory}. */
    static WindowDriver open(Stage stage, Preferences memory) {
        WindowDriver[] driver = new WindowDriver[1];
        SaveLocation location = (name, kind, pattern) -> Optional.ofNullable(driver[0].saveTarget);
        OpenLocation opening = (kind, pattern) -> Optional.ofNullable(driver[0].openTarget);
        MainView view = new MainView(location, opening, problem -> driver[0].problems.add(problem), memory);
        driver[0] = new WindowDriver(view, new FxRobot());
        Scene scene = new Scene(view.root(), 1280, 800);
        view.install(scene);
        stage.setScene(scene);
        stage.show();
        return driver[0];
    }

    /** Waits, without a fixed sleep, until {@code condition} holds on the JavaFX thread. */
    void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + WAIT_SECONDS + " s for " + what, e);
        }
    }

    /** Waits until the map has drawn a picture of the current state and the first run is shown. */
    WindowDriver ready() {
        waitUntil("the first map and run", () -> view.mapGeometry() != null && trajectory() != null
                && mapImage() != null && view.picturesUpToDate());
        return this;
    }

    /** Waits until the surface shows the map's function and the current step, with nothing more on the way. */
    SurfaceFrame surfaceReady() {
        return surfaceShows("the surface of the current function", frame -> true);
    }

    /** Waits until the surface is {@link #surfaceReady() ready} and its frame passes {@code test}. */
    SurfaceFrame surfaceShows(String what, Predicate<SurfaceFrame> test) {
        waitUntil(what, () -> view.surfaceFrame() != null && view.surfaceUpToDate()
                && test.test(view.surfaceFrame()));
        return view.surfaceFrame();
    }

    /** The centre of the surface view on the screen. */
    Point2D surfaceCentre() {
        Node surface = robot.lookup("#surface-view").query();
        Bounds bounds = surface.getLayoutBounds();
        return surface.localToScreen(bounds.getCenterX(), bounds.getCenterY());
    }

    Trajectory trajectory() {
        return view.workbench().descent().trajectoryProperty().get();
    }

    String status() {
        return view.workbench().descent().statusProperty().get().text();
    }

    String derivatives() {
        return robot.lookup("#derivatives").queryAs(Label.class).getText();
    }

    Label functionError() {
        return robot.lookup("#function-error").queryAs(Label.class);
    }

    Image mapImage() {
        return pictureImage("#contour-map");
    }

    Image curveImage() {
        return pictureImage("#curve-view");
    }

    private Image pictureImage(String id) {
        Pane picture = robot.lookup(id).queryAs(Pane.class);
        return picture.getChildren().stream().filter(ImageView.class::isInstance).map(n -> ((ImageView) n).getImage())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** Where on the screen the map shows the data point (x, y). */
    Point2D onMap(double x, double y) {
        return onPicture("#contour-map", view.mapGeometry(), x, y);
    }

    /** Where on the screen the curve view shows the data point (x, f). */
    Point2D onCurve(double x, double f) {
        return onPicture("#curve-view", view.curveGeometry(), x, f);
    }

    private Point2D onPicture(String id, MapGeometry geometry, double x, double y) {
        Node picture = robot.lookup(id).query();
        return picture.localToScreen(geometry.toScreenX(x), geometry.toScreenY(y));
    }

    /** Replaces the function text as a user would: select all in the box and type. */
    void typeFunction(String text) {
        robot.clickOn("#function-box");
        robot.interact(() -> functionBox().getEditor().selectAll());
        robot.eraseText(1);
        robot.write(text);
    }

    /** Scrolls the controls to their end (the region fields), which a small window shows only after scrolling. */
    void scrollControlsToEnd() {
        javafx.scene.control.ScrollPane controls = robot.lookup(".controls-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> controls.setVvalue(controls.getVmax()));
    }

    /** Replaces a field's text as a user would: click, select all and type. */
    void typeInto(String id, String text) {
        javafx.scene.control.TextField field = robot.lookup(id).queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    @SuppressWarnings("unchecked")
    ComboBox<String> functionBox() {
        return robot.lookup("#function-box").queryAs(ComboBox.class);
    }

    void assertNoProblems() {
        assertThat(problems).isEmpty();
    }
}
