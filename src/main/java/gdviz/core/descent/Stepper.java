package gdviz.core.descent;

/**
 * The state of one run of an {@link UpdateRule}: the velocity of momentum, the squared-gradient
 * averages of Adam, or nothing at all for plain gradient descent. Not thread-safe: one run, one
 * stepper.
 */
public interface Stepper {

    /**
     * Computes the next point from the current one and the gradient there.
     *
     * @param point    the current point w_k; not modified
     * @param gradient the gradient of f at {@code point}; not modified
     * @param rate     the learning rate α, positive and finite
     * @param next     receives w_(k+1); same length as {@code point}, never the same array
     */
    void step(double[] point, double[] gradient, double rate, double[] next);
}
