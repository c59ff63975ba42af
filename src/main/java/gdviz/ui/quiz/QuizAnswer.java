package gdviz.ui.quiz;

import gdviz.core.explain.QuizGuess;

/**
 * A guess made in quiz mode, with the point it should have been.
 *
 * @param iteration the row the guessed step led to
 * @param guess     where the student clicked, one coordinate per variable
 * @param truth     where the step landed
 * @param judged    how close the guess came
 */
public record QuizAnswer(int iteration, double[] guess, double[] truth, QuizGuess judged) {
}
