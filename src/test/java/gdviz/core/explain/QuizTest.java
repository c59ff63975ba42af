package gdviz.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuizTest {

    private static final double[] FROM = {5, -4};
    private static final double[] TRUTH = {4, -3.2};

    @Test
    void aGuessIsJudgedByItsDistanceAsAShareOfTheStep() {
        QuizGuess guess = QuizGuess.judge(FROM, TRUTH, new double[] {4.3, -3.6});
        assertThat(guess.error()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(guess.stepLength()).isCloseTo(Math.sqrt(1.64), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(guess.relativeError()).isCloseTo(0.5 / Math.sqrt(1.64), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(guess.hit()).isFalse();
        assertThat(guess.description()).isEqualTo("off by 0.5, 39% of the step (1.281)");
    }

    @Test
    void withinAQuarterOfTheStepIsAHit() {
        QuizGuess close = QuizGuess.judge(FROM, TRUTH, new double[] {4.2, -3.2});
        assertThat(close.hit()).isTrue();
        assertThat(close.description()).isEqualTo("off by 0.2, 16% of the step (1.281): close!");
        assertThat(QuizGuess.judge(FROM, TRUTH, new double[] {4 + 0.26 * 1.28062484748657, -3.2}).hit()).isFalse();
    }

    @Test
    void oneVariableGuessesAndZeroSteps() {
        assertThat(QuizGuess.judge(new double[] {1}, new double[] {0.6}, new double[] {0.5}).relativeError())
                .isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(QuizGuess.judge(new double[] {0}, new double[] {0}, new double[] {0}).relativeError()).isZero();
        assertThat(QuizGuess.judge(new double[] {0}, new double[] {0}, new double[] {1}).relativeError())
                .isInfinite();
        assertThatThrownBy(() -> QuizGuess.judge(FROM, TRUTH, new double[] {1}))
                .hasMessage("the guess, the step's start and its end need 2 coordinates each");
    }

    @Test
    void theScoreCountsHitsAndAveragesTheRelativeError() {
        QuizScore score = QuizScore.NONE;
        assertThat(score.summary()).isEqualTo("no guesses yet");
        score = score.with(QuizGuess.judge(FROM, TRUTH, new double[] {4.2, -3.2}))
                .with(QuizGuess.judge(FROM, TRUTH, new double[] {4.3, -3.6}));
        assertThat(score.attempts()).isEqualTo(2);
        assertThat(score.hits()).isEqualTo(1);
        assertThat(score.meanRelativeError()).isCloseTo((0.2 + 0.5) / 2 / Math.sqrt(1.64),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(score.summary()).isEqualTo("1 of 2 within 25% of the step, mean error 27%");
    }
}
