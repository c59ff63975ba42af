package gdviz.core.descent;

/**
 * SGD with momentum exactly as {@code torch.optim.SGD(momentum=μ)} defines it, with dampening 0 and no
 * weight decay: b_1 = g_1, b_t = μ·b_(t−1) + g_t, w_t = w_(t−1) − α·b_t.
 *
 * <p>The velocity remembers earlier gradients, so steps grow along a consistent slope and cancel across a
 * zig-zagging valley.
 *
 * @param momentum μ, at least 0 and below 1; 0 is plain gradient descent
 */
public record Momentum(double momentum) implements UpdateRule {

    /** The usual choice (PyTorch itself defaults to 0, which is plain gradient descent). */
    public static final double DEFAULT_MOMENTUM = 0.9;

    /** @throws InvalidHyperparameterException if μ is outside [0, 1) */
    public Momentum {
        Hyperparameter.MOMENTUM.requireFraction(momentum);
    }

    /** Momentum with μ = {@value #DEFAULT_MOMENTUM}. */
    public Momentum() {
        this(DEFAULT_MOMENTUM);
    }

    @Override
    public Stepper start(int dimension) {
        return new MomentumStepper(momentum, false, dimension);
    }

    @Override
    public String name() {
        return "Momentum";
    }
}
