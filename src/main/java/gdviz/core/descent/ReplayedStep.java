package gdviz.core.descent;

import java.util.Map;

/**
 * One update of a finished run, replayed by {@link Trajectory#replay(int)}: from w_(k−1), with ∇f(w_(k−1)), to
 * w_k, and the optimiser's state just before and just after it.
 *
 * @param iteration k, 1 or more: this update produced row k
 * @param from      w_(k−1)
 * @param gradient  ∇f(w_(k−1))
 * @param to        w_k as the rule computes it again, the same as the recorded row
 * @param rate      the learning rate α
 * @param before    the optimiser's state before the update; empty for plain gradient descent and for k = 1
 * @param after     the optimiser's state after the update; empty for plain gradient descent
 */
public record ReplayedStep(int iteration, double[] from, double[] gradient, double[] to, double rate,
        Map<StateQuantity, double[]> before, Map<StateQuantity, double[]> after) {

    /**
     * The direction d the rule stepped along, w_k = w_(k−1) − α·d: the gradient for plain descent, the velocity
     * for momentum, the gradient scaled coordinate by coordinate for AdaGrad, RMSProp and Adam.
     */
    public double[] direction() {
        double[] d = new double[from.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (from[i] - to[i]) / rate;
        }
        return d;
    }

    /** w_k − w_(k−1), coordinate by coordinate. */
    public double[] move() {
        double[] move = new double[from.length];
        for (int i = 0; i < move.length; i++) {
            move[i] = to[i] - from[i];
        }
        return move;
    }
}
