package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gdviz.ui.quiz.QuizAnswer;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The explanation tab follows the playback; quiz mode turns map clicks into scored guesses of the next point. */
@ExtendWith(ApplicationExtension.class)
class ExplainQuizUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private List<String> explanation() {
        VBox lines = window.robot.lookup("#explanation").queryAs(VBox.class);
        return lines.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private int current() {
        return window.view.workbench().playback().currentProperty().get();
    }

    private String quizStatus() {
        return window.robot.lookup("#quiz-status").queryAs(Label.class).getText();
    }

    /** Pixels of the map in the quiz guess's blue. */
    private int guessPixels() {
        Node map = window.robot.lookup("#contour-map").query();
        Image[] image = new Image[1];
        window.robot.interact(() -> image[0] = map.snapshot(null, null));
        PixelReader pixels = image[0].getPixelReader();
        int count = 0;
        for (int y = 0; y < image[0].getHeight(); y++) {
            for (int x = 0; x < image[0].getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                if (Math.abs((argb >> 16 & 0xff) - 0x00) < 12 && Math.abs((argb >> 8 & 0xff) - 0x72) < 12
                        && Math.abs((argb & 0xff) - 0xB2) < 12) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void theExplanationFollowsTheShownStep() {
        window.ready();
        window.robot.clickOn("#explanation-tab");
        window.robot.clickOn("#reset-button");
        assertThat(explanation()).startsWith("Start: w\u2080 = (4, \u22123), where w = (x, y)",
                "f(w\u2080) = 13,  \u2207f(w\u2080) = (5, \u22122),  |\u2207f(w\u2080)| = 5.385");
        window.robot.clickOn("#forward-button");
        assertThat(explanation()).contains("Step 1: from w\u2080 to w\u2081, where w = (x, y)",
                "w\u2081 = w\u2080 \u2212 \u03b1\u00b7\u2207f(w\u2080) = (4, \u22123) \u2212 0.1\u00b7(5, \u22122) = (3.5, \u22122.8)",
                "x: 4 \u2212 0.1\u00b75 = 3.5");
        window.robot.clickOn("#forward-button");
        assertThat(explanation().get(0)).isEqualTo("Step 2: from w\u2081 to w\u2082, where w = (x, y)");
        window.robot.clickOn("#back-button");
        assertThat(explanation().get(0)).startsWith("Step 1: ");
    }

    @Test
    void aQuizGuessOnTheMapTakesTheStepAndIsScored() {
        window.ready();
        var before = window.view.mapGeometry();
        window.robot.clickOn("#quiz-toggle");
        // The quiz bar takes some height from the map, which is drawn again smaller.
        window.waitUntil("the map redrawn above the quiz bar", () -> window.view.mapGeometry() != before
                && window.view.picturesUpToDate());
        assertThat(current()).isZero();
        assertThat(quizStatus()).isEqualTo("Click where step 1 will land.  Score: no guesses yet.");

        // The true first step lands on (3.5, −2.8), 0.5385 from the start; the guess is 0.1 to its right.
        window.robot.clickOn(window.onMap(3.6, -2.8));
        assertThat(current()).isEqualTo(1);
        QuizAnswer answer = window.view.workbench().quiz().answerProperty().get();
        assertThat(answer.judged().error()).isCloseTo(0.1, within(0.03));
        assertThat(answer.judged().hit()).isTrue();
        assertThat(quizStatus()).startsWith("Step 1: off by ").contains(": close!  Click where step 2 will land.",
                "Score: 1 of 1 within 25% of the step, mean error ");
        window.waitUntil("the guess marked on the map", () -> guessPixels() > 20);

        window.robot.clickOn(window.onMap(0, 0));
        assertThat(current()).isEqualTo(2);
        assertThat(window.view.workbench().quiz().scoreProperty().get().attempts()).isEqualTo(2);
        assertThat(quizStatus()).contains("Score: 1 of 2 within 25% of the step");
        var start = window.view.workbench().descent().start();
        assertThat(start).containsExactly(4, -3);

        window.robot.clickOn("#reset-button");
        assertThat(quizStatus()).endsWith("Score: no guesses yet.");
        window.robot.clickOn("#quiz-toggle");
        assertThat(window.robot.lookup(".quiz-bar").query().isVisible()).isFalse();
        window.robot.clickOn(window.onMap(1, 1));
        window.waitUntil("the start moved by a click once the quiz is off",
                () -> window.view.workbench().descent().startXProperty().get() != 4);
    }

    @Test
    void onTheCurveOfOneVariableOnlyTheGuessedXCounts() {
        window.ready();
        window.robot.clickOn("#function-box .arrow-button");
        window.robot.clickOn("Parabola w\u00b2");
        window.waitUntil("the curve of w^2", () -> window.trajectory().dimension() == 1
                && window.view.curveGeometry() != null && window.view.picturesUpToDate());
        var before = window.view.curveGeometry();
        window.robot.clickOn("#quiz-toggle");
        window.waitUntil("the curve redrawn above the quiz bar", () -> window.view.curveGeometry() != before
                && window.view.picturesUpToDate());
        // From w = 5 with rate 0.1 the text's first step lands on 4; the guess is 4.2, high on the curve.
        window.robot.clickOn(window.onCurve(4.2, 30));
        assertThat(current()).isEqualTo(1);
        QuizAnswer answer = window.view.workbench().quiz().answerProperty().get();
        assertThat(answer.truth()).containsExactly(4);
        assertThat(answer.guess()[0]).isCloseTo(4.2, within(0.03));
        assertThat(answer.judged().stepLength()).isEqualTo(1);
        assertThat(window.view.workbench().descent().startXProperty().get()).isEqualTo(5);
        window.robot.clickOn("#explanation-tab");
        assertThat(explanation()).contains("w\u2081 = w\u2080 \u2212 \u03b1\u00b7f\u2032(w\u2080) = 5 \u2212 0.1\u00b710 = 4");
    }
}
