package gdviz.core.explain;

import gdviz.core.descent.AdaGrad;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Adam;
import gdviz.core.descent.Momentum;
import gdviz.core.descent.Nesterov;
import gdviz.core.descent.RMSProp;
import gdviz.core.descent.ReplayedStep;
import gdviz.core.descent.StateQuantity;
import gdviz.core.descent.UpdateRule;
import java.util.ArrayList;
import java.util.List;

/**
 * What an optimiser other than plain descent does in one step, written with the numbers of its replayed state:
 * the state lines (velocity, sums or averages of squared gradients, Adam's moments) and the direction d it steps
 * along, w_k = w_(k−1) − α·d. Plain gradient descent has no state lines and steps along the gradient.
 *
 * @param name      the optimiser with its hyperparameters, such as {@code Momentum (μ = 0.9)}; empty for plain
 *                  gradient descent
 * @param lines     the state updates, each with its numbers
 * @param direction d written in symbols, such as {@code b₂} or {@code m̂₁/(√v̂₁ + ε)}
 */
record OptimizerUpdate(String name, List<String> lines, String direction) {

    private static final String DOT = "\u00b7";
    private static final char[] SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
            .toCharArray();

    /** The update of {@code rule} in {@code step}, written with {@code notation}. */
    static OptimizerUpdate of(UpdateRule rule, ReplayedStep step, Notation notation) {
        if (plain(rule)) {
            return new OptimizerUpdate("", List.of(), notation.gradient(step.iteration() - 1));
        }
        Writer writer = new Writer(step, notation);
        if (rule instanceof Momentum momentum) {
            return writer.momentum("Momentum", momentum.momentum(), false);
        }
        if (rule instanceof Nesterov nesterov) {
            return writer.momentum("Nesterov", nesterov.momentum(), true);
        }
        if (rule instanceof AdaGrad adaGrad) {
            return writer.adaGrad(adaGrad);
        }
        if (rule instanceof RMSProp rmsProp) {
            return writer.rmsProp(rmsProp);
        }
        if (rule instanceof Adam adam) {
            return writer.adam(adam);
        }
        return new OptimizerUpdate(rule.name(), List.of(), "d");
    }

    /** Whether {@code rule} steps straight along the gradient: plain gradient descent. */
    static boolean plain(UpdateRule rule) {
        return rule instanceof GradientDescent;
    }

    /** Whether this is plain gradient descent, which steps straight along the gradient. */
    boolean plain() {
        return name.isEmpty();
    }

    /** Writes the lines of one step; k is the row the step produced. */
    private static final class Writer {
        private final ReplayedStep step;
        private final Notation notation;
        private final int k;
        private final String g;
        private final List<String> lines = new ArrayList<>();

        Writer(ReplayedStep step, Notation notation) {
            this.step = step;
            this.notation = notation;
            this.k = step.iteration();
            this.g = notation.gradient(k - 1);
        }

        OptimizerUpdate momentum(String name, double mu, boolean nesterov) {
            String b = Figures.indexed("b", k);
            double[] velocity = after(StateQuantity.VELOCITY);
            if (k == 1) {
                lines.add("velocity " + b + " = " + g + " = " + Figures.vector(velocity)
                        + ", the first gradient (there is no earlier velocity)");
            } else {
                lines.add("velocity " + b + " = \u03bc" + DOT + Figures.indexed("b", k - 1) + " + " + g + " = "
                        + Figures.of(mu) + DOT + Figures.vectorFactor(before(StateQuantity.VELOCITY)) + " + "
                        + Figures.vectorFactor(step.gradient()) + " = " + Figures.vector(velocity));
            }
            String direction = nesterov ? "(" + g + " + \u03bc" + DOT + b + ")" : b;
            return new OptimizerUpdate(name + " (\u03bc = " + Figures.of(mu) + ")", lines, direction);
        }

        OptimizerUpdate adaGrad(AdaGrad rule) {
            String s = Figures.indexed("s", k);
            lines.add("sum of squares " + s + " = " + Figures.indexed("s", k - 1) + " + " + g + "\u00b2 = "
                    + Figures.vectorFactor(before(StateQuantity.SQUARED_SUM)) + " + "
                    + Figures.vectorFactor(squares(step.gradient())) + " = "
                    + Figures.vector(after(StateQuantity.SQUARED_SUM)));
            return new OptimizerUpdate("AdaGrad (\u03b5 = " + Figures.of(rule.eps()) + ")", lines,
                    g + "/(\u221a" + s + " + \u03b5)");
        }

        OptimizerUpdate rmsProp(RMSProp rule) {
            String v = Figures.indexed("v", k);
            lines.add("average of squares " + v + " = " + decay(rule.alpha(), "v", StateQuantity.SQUARED_AVERAGE,
                    g + "\u00b2", squares(step.gradient())));
            return new OptimizerUpdate("RMSProp (decay " + Figures.of(rule.alpha()) + ", \u03b5 = "
                    + Figures.of(rule.eps()) + ")", lines, g + "/(\u221a" + v + " + \u03b5)");
        }

        OptimizerUpdate adam(Adam rule) {
            lines.add("average of gradients " + Figures.indexed("m", k) + " = " + decay(rule.beta1(), "m",
                    StateQuantity.FIRST_MOMENT, g, step.gradient()));
            lines.add("average of squares " + Figures.indexed("v", k) + " = " + decay(rule.beta2(), "v",
                    StateQuantity.SECOND_MOMENT, g + "\u00b2", squares(step.gradient())));
            String mHat = Figures.indexed("m\u0302", k);
            String vHat = Figures.indexed("v\u0302", k);
            lines.add("bias-corrected " + mHat + " = " + Figures.indexed("m", k) + "/(1 \u2212 \u03b21"
                    + power(k) + ") = " + Figures.vector(after(StateQuantity.CORRECTED_FIRST)) + ",  "
                    + vHat + " = " + Figures.indexed("v", k) + "/(1 \u2212 \u03b22" + power(k) + ") = "
                    + Figures.vector(after(StateQuantity.CORRECTED_SECOND)));
            return new OptimizerUpdate("Adam (\u03b21 = " + Figures.of(rule.beta1()) + ", \u03b22 = "
                    + Figures.of(rule.beta2()) + ", \u03b5 = " + Figures.of(rule.eps()) + ")", lines,
                    mHat + "/(\u221a" + vHat + " + \u03b5)");
        }

        /** {@code name_k = c·name_(k−1) + (1 − c)·added = numbers = result}. */
        private String decay(double keep, String name, StateQuantity quantity, String added, double[] values) {
            return Figures.of(keep) + DOT + Figures.indexed(name, k - 1) + " + " + Figures.of(1 - keep) + DOT
                    + added + " = " + Figures.of(keep) + DOT + Figures.vectorFactor(before(quantity)) + " + "
                    + Figures.of(1 - keep) + DOT + Figures.vectorFactor(values) + " = "
                    + Figures.vector(after(quantity));
        }

        /** The state before the step; before the first step every quantity starts at 0. */
        private double[] before(StateQuantity quantity) {
            return step.before().getOrDefault(quantity, new double[notation.dimension()]);
        }

        private double[] after(StateQuantity quantity) {
            return step.after().get(quantity);
        }

        private static double[] squares(double[] values) {
            double[] squares = new double[values.length];
            for (int i = 0; i < squares.length; i++) {
                squares[i] = values[i] * values[i];
            }
            return squares;
        }

        private static String power(int exponent) {
            StringBuilder text = new StringBuilder();
            for (char digit : Integer.toString(exponent).toCharArray()) {
                text.append(SUPERSCRIPTS[digit - '0']);
            }
            return text.toString();
        }
    }
}
