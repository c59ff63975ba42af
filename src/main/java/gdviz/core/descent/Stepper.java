package gdviz.core.descent;

import java.util.Map;

/**
 * The state of one run of an {@link UpdateRule}: the velocity of momentum, the squared-gradient
 * averages of Adam, or nothing at all for plain gradient descent. Not thread-safe: one run, one
 * stepper.
 */
public interface Stepper {

    /**
     * A copy of what the stepper remembers after its latest step (before the first: what it starts from), and
     * what it derived from that for the step, keyed by quantity; empty for a rule that remembers nothing.
     */
    default Map<StateQuantity, double[]> state() {
        return Map.of();
    }

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
