package gdviz.core.descent;

import java.util.Map;

/**
 * AdaGrad exactly as {@code torch.optim.Adagrad} defines it with lr_decay 0, no weight decay and initial
 * accumulator 0: s_t = s_(t−1) + g_t², w_t = w_(t−1) − α·g_t / (√s_t + ε), coordinate by coordinate.
 *
 * <p>Each coordinate's step shrinks with the gradients it has seen, so the first step moves every coordinate
 * by about α and later steps keep slowing down.
 *
 * @param eps ε, positive and finite (PyTorch also allows 0, but then a coordinate whose gradient has always
 *            been 0 divides 0 by 0)
 */
public record AdaGrad(double eps) implements UpdateRule {

    /** PyTorch's default ε. */
    public static final double DEFAULT_EPS = 1e-10;

    /** @throws InvalidHyperparameterException if ε is not positive and finite */
    public AdaGrad {
        Hyperparameter.EPS.requirePositive(eps);
    }

    /** AdaGrad with ε = {@value #DEFAULT_EPS}. */
    public AdaGrad() {
        this(DEFAULT_EPS);
    }

    @Override
    public Stepper start(int dimension) {
        double[] sum = new double[Dimension.require(dimension)];
        return new Stepper() {
            @Override
            public void step(double[] point, double[] gradient, double rate, double[] next) {
                for (int i = 0; i < point.length; i++) {
                    double g = gradient[i];
                    sum[i] += g * g;
                    next[i] = point[i] - rate * g / (Math.sqrt(sum[i]) + eps);
                }
            }

            @Override
            public Map<StateQuantity, double[]> state() {
                return Map.of(StateQuantity.SQUARED_SUM, sum.clone());
            }
        };
    }

    @Override
    public String name() {
        return "AdaGrad";
    }
}
