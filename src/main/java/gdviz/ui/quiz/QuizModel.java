package gdviz.ui.quiz;

import gdviz.chart.ChartOverlay;
import gdviz.chart.GuessPainter;
import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Trajectory;
import gdviz.core.explain.QuizGuess;
import gdviz.core.explain.QuizScore;
import gdviz.ui.descent.DescentModel;
import gdviz.ui.playback.PlaybackModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Quiz mode: before each step the student clicks where the next point will land; the click is judged against the
 * true step, scored, and then the step is taken. Turning the quiz on, going back to the start (Reset) and a new
 * run all start again from step 0 with a fresh score. While the quiz is on, clicks on the map or curve are
 * guesses instead of new start points.
 *
 * <p>Needs no running toolkit, so it is tested as plain Java.
 */
public final class QuizModel {

    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyObjectWrapper<QuizScore> score = new ReadOnlyObjectWrapper<>(this, "score",
            QuizScore.NONE);
    private final ReadOnlyObjectWrapper<QuizAnswer> answer = new ReadOnlyObjectWrapper<>(this, "answer");
    private final DescentModel descent;
    private final PlaybackModel playback;
    private final StringBinding status;

    public QuizModel(DescentModel descent, PlaybackModel playback) {
        this.descent = descent;
        this.playback = playback;
        active.addListener((obs, was, on) -> {
            restart();
            if (on) {
                playback.reset();
            }
        });
        // A change listener, as the playback's own: it runs after the playback has shown the new run whole.
        descent.trajectoryProperty().addListener((obs, old, now) -> {
            if (active.get()) {
                playback.reset();
            }
        });
        playback.currentProperty().addListener((obs, old, now) -> {
            if (active.get() && now.intValue() == 0) {
                restart();
            }
        });
        status = Bindings.createStringBinding(this::describe, active, score, answer, playback.currentProperty(),
                playback.lastProperty());
    }

    /** Whether quiz mode is on. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The score since the quiz last started. */
    public ReadOnlyObjectProperty<QuizScore> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** The latest guess with its true point; null before the first guess. */
    public ReadOnlyObjectProperty<QuizAnswer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** What the quiz bar says: what to do next, how close the last guess was and the score; empty when off. */
    public StringBinding status() {
        return status;
    }

    /**
     * Takes a click on the map or the curve as a guess of the next point, if the quiz is on: judges it, counts it
     * and takes the step. For a function of one variable only x counts.
     *
     * @return whether the click was taken by the quiz (and so must not move the start)
     */
    public boolean guess(double x, double y) {
        Trajectory run = descent.trajectoryProperty().get();
        if (!active.get() || run == null) {
            return active.get();
        }
        int k = playback.currentProperty().get();
        if (k + 1 >= run.size()) {
            return true;
        }
        double[] guess = run.dimension() == 1 ? new double[] {x} : new double[] {x, y};
        double[] truth = run.step(k + 1).point();
        QuizGuess judged = QuizGuess.judge(run.step(k).point(), truth, guess);
        score.set(score.get().with(judged));
        answer.set(new QuizAnswer(k + 1, guess, truth, judged));
        playback.stepForward();
        return true;
    }

    /**
     * The guess and the true point marked on the map or the curve while the step they belong to is shown.
     *
     * @param current the step shown
     */
    public ChartOverlay overlay(int current) {
        QuizAnswer shown = answer.get();
        if (shown == null || shown.iteration() != current) {
            return ChartOverlay.NONE;
        }
        if (shown.guess().length == 2) {
            return GuessPainter.overlay(shown.guess()[0], shown.guess()[1], shown.truth()[0], shown.truth()[1]);
        }
        DifferentiableFunction f = descent.functionProperty().get();
        double x = shown.guess()[0];
        double truth = shown.truth()[0];
        return f == null || f.dimension() != 1 ? ChartOverlay.NONE
                : GuessPainter.overlay(x, f.value(x), truth, f.value(truth));
    }

    private void restart() {
        score.set(QuizScore.NONE);
        answer.set(null);
    }

    private String describe() {
        if (!active.get()) {
            return "";
        }
        int k = playback.currentProperty().get();
        String scoreText = "Score: " + score.get().summary() + ".";
        if (k >= playback.lastProperty().get()) {
            return "The run has ended. " + scoreText + " Press Reset (R) to start again.";
        }
        QuizAnswer shown = answer.get();
        String last = shown != null && shown.iteration() == k
                ? "Step " + k + ": " + shown.judged().description() + (shown.judged().hit() ? "  " : ".  ") : "";
        return last + "Click where step " + (k + 1) + " will land.  " + scoreText;
    }
}
