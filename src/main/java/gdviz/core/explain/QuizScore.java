package gdviz.core.explain;

/**
 * The running score of a quiz: how many guesses were hits (within {@link QuizGuess#HIT_SHARE} of the step's
 * length), out of how many, and the mean error as a share of the step's length. Immutable.
 *
 * @param attempts            guesses so far, 0 or more
 * @param hits                of those, the hits
 * @param totalRelativeError  the sum of the guesses' relative errors
 */
public record QuizScore(int attempts, int hits, double totalRelativeError) {

    /** No guesses yet. */
    public static final QuizScore NONE = new QuizScore(0, 0, 0);

    public QuizScore {
        if (attempts < 0 || hits < 0 || hits > attempts) {
            throw new IllegalArgumentException("hits must be between 0 and the attempts, got " + hits + " of "
                    + attempts);
        }
    }

    /** This score with one more guess. */
    public QuizScore with(QuizGuess guess) {
        return new QuizScore(attempts + 1, hits + (guess.hit() ? 1 : 0), totalRelativeError + guess.relativeError());
    }

    /** The mean relative error; NaN before the first guess. */
    public double meanRelativeError() {
        return attempts == 0 ? Double.NaN : totalRelativeError / attempts;
    }

    /** For example {@code 3 of 4 within 25% of the step, mean error 14%}, or {@code no guesses yet}. */
    public String summary() {
        if (attempts == 0) {
            return "no guesses yet";
        }
        return hits + " of " + attempts + " within " + QuizGuess.percent(QuizGuess.HIT_SHARE) + " of the step, "
                + "mean error " + QuizGuess.percent(meanRelativeError());
    }
}
