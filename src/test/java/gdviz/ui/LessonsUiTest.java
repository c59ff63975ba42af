package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.descent.Optimizer;
import gdviz.io.lesson.Lesson;
import gdviz.io.lesson.LessonReader;
import gdviz.io.lesson.LessonWriter;
import gdviz.ui.layout.PictureLayout;
import gdviz.ui.runs.PinnedRun;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;

/** Lessons in the real window: the bundled ones from the menu, saving and opening through the file dialogs. */
@ExtendWith(ApplicationExtension.class)
class LessonsUiTest {

    private WindowDriver window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private TitledPane panel() {
        return window.robot.lookup("#lesson-panel").queryAs(TitledPane.class);
    }

    /** File › Lessons › the lesson, as a user picks it. */
    private void chooseBundled(String title) {
        window.robot.clickOn("File");
        window.robot.clickOn("Lessons");
        window.waitUntil("the Lessons submenu", () -> window.robot.lookup(title).tryQuery()
                .filter(node -> node.getScene() != null && node.isVisible()).isPresent());
        // Sideways first, as a hand does: a diagonal path would cross the other items and close the submenu.
        window.robot.clickOn(title, Motion.HORIZONTAL_FIRST);
    }

    private Workbench workbench() {
        return window.view.workbench();
    }

    @Test
    void aBundledLessonOpensFromTheMenuWithItsPinsAndWords() {
        window.ready();
        assertThat(panel().isVisible()).as("no lesson yet").isFalse();
        chooseBundled("Learning rate: too small, about right, too large");
        window.waitUntil("the lesson's run", () -> window.trajectory().outcome().settings().rate() == 0.5
                && window.view.picturesUpToDate());
        assertThat(workbench().pins().pins()).extracting(PinnedRun::name)
                .containsExactly("too small, \u03b1 = 0.01", "about right, \u03b1 = 0.5", "too large, \u03b1 = 0.7");
        assertThat(window.robot.lookup(".pin-entry").queryAll()).hasSize(3);
        assertThat(panel().isVisible()).isTrue();
        assertThat(panel().getText()).isEqualTo("Learning rate: too small, about right, too large");
        assertThat(window.robot.lookup("#lesson-description").queryAs(Label.class).getText())
                .contains("too small", "too large");
        assertThat(window.robot.lookup("#rate-field").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("0.5");
        window.assertNoProblems();
    }

    @Test
    void aLessonSavedThroughTheDialogOpensAgainAsItWas() throws Exception {
        window.ready();
        chooseBundled("Two weights: L = w1\u00b2 + w2\u00b2");
        window.waitUntil("the two-weight lesson", () -> window.trajectory().variables().contains("w1"));
        window.typeInto("#rate-field", "0.3");
        window.robot.type(KeyCode.ENTER);
        window.waitUntil("the run at 0.3", () -> window.trajectory().outcome().settings().rate() == 0.3);
        window.robot.clickOn("#pin-button");
        window.robot.interact(() -> workbench().optimizer().optimizerProperty().set(Optimizer.NESTEROV));
        window.robot.interact(() -> window.view.pictureLayoutProperty().set(PictureLayout.TABS));
        Lesson before = window.view.lessonState().capture("unused");

        window.saveTarget = folder.resolve("my lesson");
        window.robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        Path saved = folder.resolve("my lesson.gdviz.json");
        window.waitUntil("the lesson saved", () -> Files.exists(saved));
        assertThat(LessonReader.read(saved)).isEqualTo(before);

        chooseBundled("The bowl and its gradient");
        window.waitUntil("the bowl lesson", () -> window.trajectory().variables().contains("x"));
        assertThat(workbench().pins().pins()).isEmpty();

        window.openTarget = saved;
        window.robot.clickOn("File").clickOn("Open lesson\u2026");
        window.waitUntil("the saved lesson again", () -> window.trajectory().variables().contains("w1")
                && window.trajectory().outcome().settings().rate() == 0.3);
        assertThat(window.view.lessonState().capture("unused")).isEqualTo(before);
        assertThat(workbench().pins().pins()).extracting(PinnedRun::name).containsExactly("Gradient descent, \u03b1 = 0.3");
        assertThat(window.view.pictureLayoutProperty().get()).isEqualTo(PictureLayout.TABS);
        assertThat(panel().getText()).isEqualTo("Two weights: L = w1\u00b2 + w2\u00b2");
        window.assertNoProblems();
    }

    @Test
    void aLessonWithoutWordsShowsItsTitleAloneWithNoEmptyBoxToUnfold() throws Exception {
        window.ready();
        Lesson shown = window.view.lessonState().capture("unused");
        Lesson wordless = new Lesson("Just the bowl", "", shown.function(), shown.variables(), shown.region(),
                shown.run(), shown.pins(), shown.view());
        Path file = folder.resolve("wordless.gdviz.json");
        LessonWriter.write(wordless, file);
        window.openTarget = file;
        window.robot.clickOn("File").clickOn("Open lesson\u2026");
        window.waitUntil("the lesson's title", () -> panel().isVisible());
        assertThat(panel().getText()).isEqualTo("Just the bowl");
        assertThat(panel().getContent()).as("nothing to unfold").isNull();
        assertThat(panel().isCollapsible()).isFalse();
        assertThat(panel().getTooltip().getText()).isEqualTo("Lesson: Just the bowl");

        chooseBundled("Learning rate: too small, about right, too large");
        window.waitUntil("the lesson with words", () -> panel().getContent() != null);
        assertThat(panel().isCollapsible()).isTrue();
        assertThat(panel().getTooltip().getText()).endsWith("(click to fold the words away)");
        window.assertNoProblems();
    }

    @Test
    void closingALessonPutsItsWordsAwayAndKeepsWhatTheWindowShows() throws Exception {
        window.ready();
        javafx.scene.control.MenuBar bar = window.robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem close = bar.getMenus().get(0).getItems().stream()
                .filter(item -> "close-lesson".equals(item.getId())).findFirst().orElseThrow();
        assertThat(close.isDisable()).as("nothing to close yet").isTrue();
        chooseBundled("One weight: L(w) = w\u00b2");
        window.waitUntil("the one-weight lesson", () -> window.trajectory().variables().contains("w")
                && panel().isVisible());
        String function = workbench().function().textProperty().get();

        assertThat(close.isDisable()).isFalse();
        window.robot.clickOn("File").clickOn("Close lesson");
        window.waitUntil("the lesson closed", () -> !panel().isVisible());
        assertThat(window.view.lessonState().titleProperty().get()).isEmpty();
        assertThat(workbench().function().textProperty().get()).as("what the window shows stays").isEqualTo(function);
        assertThat(window.view.lessonState().capture("from its file").title()).isEqualTo("from its file");
        window.assertNoProblems();
    }

    @Test
    void aBrokenFileFromTheDialogIsExplainedAndChangesNothing() throws Exception {
        window.ready();
        Lesson before = window.view.lessonState().capture("unused");
        Path broken = Files.writeString(folder.resolve("broken.gdviz.json"),
                "{\"format\": \"gdviz-lesson\", \"version\": 1, \"title\": 5}");
        window.openTarget = broken;
        window.robot.press(KeyCode.CONTROL).press(KeyCode.O).release(KeyCode.O).release(KeyCode.CONTROL);
        window.waitUntil("the problem told", () -> !window.problems.isEmpty());
        assertThat(window.problems).containsExactly(
                "The lesson was not opened. broken.gdviz.json: $.title (line 1, column 51): must be text in quotes");
        assertThat(window.view.lessonState().capture("unused")).isEqualTo(before);
        assertThat(panel().isVisible()).isFalse();
    }
}
