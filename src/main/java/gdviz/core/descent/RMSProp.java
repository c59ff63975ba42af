package gdviz.core.descent;

import java.util.Map;

/**
 * RMSProp exactly as {@code torch.optim.RMSprop} defines it without centering, momentum or weight decay:
 * v_t = α·v_(t−1) + (1 − α)·g_t², w_t = w_(t−1) − lr·g_t / (√v_t + ε), coordinate by coordinate, v_0 = 0.
 * The square root comes before ε is added, as in PyTorch.
 *
 * <p>Like AdaGrad, but old gradients fade, so steps do not keep shrinking. There is no bias correction: the
 * first step divides by √(1 − α)·|g|, moving each coordinate by about lr/√(1 − α), ten times lr for α = 0.99.
 *
 * @param alpha α, the smoothing constant; at least 0 and below 1
 * @param eps   ε, positive and finite
 */
public record RMSProp(double alpha, double eps) implements UpdateRule {

    /** PyTorch's default α. */
    public static final double DEFAULT_ALPHA = 0.99;

    /** PyTorch's default ε. */
    public static final double DEFAULT_EPS = 1e-8;

    /** @throws InvalidHyperparameterException naming the first value out of range */
    public RMSProp {
        Hyperparameter.ALPHA.requireFraction(alpha);
        Hyperparameter.EPS.requirePositive(eps);
    }

    /** RMSProp with α = {@value #DEFAULT_ALPHA} and ε = {@value #DEFAULT_EPS}. */
    public RMSProp() {
        this(DEFAULT_ALPHA, DEFAULT_EPS);
    }

    @Override
    public Stepper start(int dimension) {
        double[] average = new double[Dimension.require(dimension)];
        return new Stepper() {
            @Override
            public void step(double[] point, double[] gradient, double rate, double[] next) {
                for (int i = 0; i < point.length; i++) {
                    double g = gradient[i];
                    average[i] = alpha * average[i] + (1 - alpha) * g * g;
                    next[i] = point[i] - rate * g / (Math.sqrt(average[i]) + eps);
                }
            }

            @Override
            public Map<StateQuantity, double[]> state() {
                return Map.of(StateQuantity.SQUARED_AVERAGE, average.clone());
            }
        };
    }

    @Override
    public String name() {
        return "RMSProp";
    }
}
