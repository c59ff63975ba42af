package gdviz.core.explain;

import java.util.Objects;

/**
 * How close a student's guess of the next point came: the distance from the true next point, and that distance
 * as a share of the step's length, so a guess is judged alike on a long early step and a tiny late one.
 *
 * @param error         |guess − w_(k+1)|, 0 or more
 * @param stepLength    |w_(k+1) − w_k|, 0 or more
 * @param relativeError error / stepLength; 0 for an exact guess of a step of length 0, infinite for any other
 *                      guess of such a step
 */
public record QuizGuess(double error, double stepLength, double relativeError) {

    /** A guess this close, as a share of the step's length, counts as a hit. */
    public static final double HIT_SHARE = 0.25;

    /**
     * Judges a guess.
     *
     * @param from  w_k, where the step starts
     * @param truth w_(k+1), where it lands; as long as {@code from}
     * @param guess where the student thought it would land; as long as {@code from}
     * @throws IllegalArgumentException if the lengths differ
     */
    public static QuizGuess judge(double[] from, double[] truth, double[] guess) {
        Objects.requireNonNull(from, "from");
        if (truth.length != from.length || guess.length != from.length) {
            throw new IllegalArgumentException("the guess, the step's start and its end need "
                    + from.length + " coordinates each");
        }
        double error = distance(guess, truth);
        double length = distance(truth, from);
        double relative = length > 0 ? error / length : error == 0 ? 0 : Double.POSITIVE_INFINITY;
        return new QuizGuess(error, length, relative);
    }

    /** Whether the guess landed within {@link #HIT_SHARE} of the step's length of the true point. */
    public boolean hit() {
        return relativeError <= HIT_SHARE;
    }

    /** One line for the student, such as {@code off by 0.12, 9% of the step (1.281): close!}. */
    public String description() {
        return "off by " + Figures.of(error) + ", " + percent(relativeError) + " of the step (" + Figures.of(stepLength)
                + ")" + (hit() ? ": close!" : "");
    }

    static String percent(double share) {
        return Double.isFinite(share) ? Math.round(share * 100) + "%" : "\u221e";
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
