package gdviz.core.descent;

/**
 * Adam exactly as {@code torch.optim.Adam} defines it without weight decay or AMSGrad, coordinate by
 * coordinate from m_0 = v_0 = 0:
 * <pre>
 *   m_t = β1·m_(t−1) + (1 − β1)·g_t        m̂_t = m_t / (1 − β1^t)
 *   v_t = β2·v_(t−1) + (1 − β2)·g_t²       v̂_t = v_t / (1 − β2^t)
 *   w_t = w_(t−1) − lr·m̂_t / (√v̂_t + ε)
 * </pre>
 * ε is added after the square root of the bias-corrected average. The first step has m̂_1 = g_1 and
 * √v̂_1 = |g_1|, so it moves every coordinate by lr·g/(|g| + ε), almost exactly lr against the sign of g.
 *
 * @param beta1 β1, at least 0 and below 1
 * @param beta2 β2, at least 0 and below 1
 * @param eps   ε, positive and finite
 */
public record Adam(double beta1, double beta2, double eps) implements UpdateRule {

    /** PyTorch's default β1. */
    public static final double DEFAULT_BETA1 = 0.9;

    /** PyTorch's default β2. */
    public static final double DEFAULT_BETA2 = 0.999;

    /** PyTorch's default ε. */
    public static final double DEFAULT_EPS = 1e-8;

    /** @throws InvalidHyperparameterException naming the first value out of range */
    public Adam {
        Hyperparameter.BETA1.requireFraction(beta1);
        Hyperparameter.BETA2.requireFraction(beta2);
        Hyperparameter.EPS.requirePositive(eps);
    }

    /** Adam with PyTorch's defaults β1 = 0.9, β2 = 0.999, ε = 1e-8. */
    public Adam() {
        this(DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS);
    }

    @Override
    public Stepper start(int dimension) {
        return new AdamStepper(this, Dimension.require(dimension));
    }

    @Override
    public String name() {
        return "Adam";
    }
}
