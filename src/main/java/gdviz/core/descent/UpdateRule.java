package gdviz.core.descent;

/**
 * How an optimiser turns the gradient into the next point: plain gradient descent, momentum,
 * Nesterov, AdaGrad, RMSProp, Adam and so on. The descent loop is the same for all of them; only the
 * rule differs.
 *
 * <p>A rule is an immutable description (its hyperparameters); {@link #start(int)} makes the
 * per-run state, so one rule can drive many runs, also at the same time.
 */
public interface UpdateRule {

    /**
     * Fresh state for one run.
     *
     * @param dimension the number of variables, at least 1
     * @return a stepper that belongs to one run only
     */
    Stepper start(int dimension);

    /** A short human-readable name, such as {@code "Gradient descent"}. */
    String name();
}
