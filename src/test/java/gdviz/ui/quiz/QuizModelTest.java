package gdviz.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.ui.background.LatestOnly;
import gdviz.ui.descent.DescentModel;
import gdviz.ui.playback.PlaybackModel;
import org.junit.jupiter.api.Test;

/** Quiz mode without the toolkit: runs happen on the calling thread. */
class QuizModelTest {

    private final DescentModel descent = new DescentModel(new LatestOnly(Runnable::run, Runnable::run));
    private final PlaybackModel playback = new PlaybackModel();
    private final QuizModel quiz;

    QuizModelTest() throws ExpressionException {
        descent.trajectoryProperty().addListener((obs, old, now) -> playback.show(now.size()));
        quiz = new QuizModel(descent, playback);
        descent.startXProperty().set(5);
        descent.startYProperty().set(-4);
        descent.rateProperty().set(0.1);
        descent.functionProperty().set(FunctionParser.parse("w1^2 + w2^2").compile());
    }

    @Test
    void offTheQuizTakesNoClicks() {
        assertThat(quiz.guess(4, -3.2)).isFalse();
        assertThat(quiz.status().get()).isEmpty();
        assertThat(playback.currentProperty().get()).isEqualTo(playback.lastProperty().get());
    }

    @Test
    void turningItOnGoesToTheStartAndEachGuessTakesOneStep() {
        quiz.activeProperty().set(true);
        assertThat(playback.currentProperty().get()).isZero();
        assertThat(quiz.guess(4, -3.2)).isTrue();
        assertThat(playback.currentProperty().get()).isEqualTo(1);
        assertThat(quiz.answerProperty().get().judged().error()).isLessThan(1e-12);
        assertThat(quiz.status().get()).isEqualTo("Step 1: off by 0, 0% of the step (1.281): close!  "
                + "Click where step 2 will land.  Score: 1 of 1 within 25% of the step, mean error 0%.");
        quiz.guess(0, 0);
        assertThat(quiz.scoreProperty().get().attempts()).isEqualTo(2);
        assertThat(quiz.scoreProperty().get().hits()).isEqualTo(1);
    }

    @Test
    void resetAndANewRunStartAgainWithAFreshScore() {
        quiz.activeProperty().set(true);
        quiz.guess(4, -3.2);
        playback.reset();
        assertThat(quiz.scoreProperty().get().attempts()).isZero();
        quiz.guess(4, -3.2);
        descent.rateProperty().set(0.2);
        assertThat(playback.currentProperty().get()).isZero();
        assertThat(quiz.scoreProperty().get().attempts()).isZero();
        assertThat(quiz.answerProperty().get()).isNull();
    }

    @Test
    void atTheEndOfTheRunClicksAreTakenButCountNothing() {
        descent.maxIterationsProperty().set(1);
        quiz.activeProperty().set(true);
        quiz.guess(4, -3.2);
        assertThat(quiz.guess(1, 1)).isTrue();
        assertThat(quiz.scoreProperty().get().attempts()).isEqualTo(1);
        assertThat(quiz.status().get()).startsWith("The run has ended.");
    }
}
