package gdviz.core.descent;

/**
 * One row of a descent: the point w_k, f(w_k), ∇f(w_k), |∇f(w_k)| and |w_k − w_(k−1)|.
 *
 * <p>Steps handed to a {@link StepListener} are views that are only valid during the call (the
 * engine reuses them); copy what you keep. Steps from a {@link Trajectory} stay valid.
 */
public interface Step {

    /** k: 0 for the start, then one more per update. */
    int iteration();

    /** The number of variables. */
    int dimension();

    /**
     * The coordinate of w_k for one variable.
     *
     * @param variable index in the function's variable order, 0 ≤ variable &lt; {@link #dimension()}
     */
    double coordinate(int variable);

    /** f(w_k); NaN outside the function's domain. */
    double value();

    /**
     * A partial derivative ∂f/∂w_i at w_k.
     *
     * @param variable index in the function's variable order, 0 ≤ variable &lt; {@link #dimension()}
     */
    double partial(int variable);

    /** The Euclidean norm |∇f(w_k)|. */
    double gradientNorm();

    /** The Euclidean distance |w_k − w_(k−1)|; 0 for the start. */
    double stepLength();

    /** A copy of w_k. */
    default double[] point() {
        double[] copy = new double[dimension()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = coordinate(i);
        }
        return copy;
    }

    /** A copy of ∇f(w_k). */
    default double[] gradient() {
        double[] copy = new double[dimension()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = partial(i);
        }
        return copy;
    }
}
