package gdviz.core.descent;

/**
 * Nesterov momentum exactly as {@code torch.optim.SGD(momentum=μ, nesterov=True)} defines it, with dampening 0
 * and no weight decay: b_1 = g_1, b_t = μ·b_(t−1) + g_t, w_t = w_(t−1) − α·(g_t + μ·b_t).
 *
 * <p>Stepping along g_t + μ·b_t looks one velocity step ahead, which damps the overshoot of plain momentum.
 *
 * @param momentum μ, above 0 and below 1 (PyTorch refuses Nesterov without momentum)
 */
public record Nesterov(double momentum) implements UpdateRule {

    /** The usual choice. */
    public static final double DEFAULT_MOMENTUM = 0.9;

    /** @throws InvalidHyperparameterException if μ is outside (0, 1) */
    public Nesterov {
        Hyperparameter.MOMENTUM.requireOpenFraction(momentum);
    }

    /** Nesterov momentum with μ = {@value #DEFAULT_MOMENTUM}. */
    public Nesterov() {
        this(DEFAULT_MOMENTUM);
    }

    @Override
    public Stepper start(int dimension) {
        return new MomentumStepper(momentum, true, dimension);
    }

    @Override
    public String name() {
        return "Nesterov";
    }
}
