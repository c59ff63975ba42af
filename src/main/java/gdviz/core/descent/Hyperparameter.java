package gdviz.core.descent;

/**
 * The knobs of the optimisers besides the learning rate, named as {@code torch.optim} names them. Which
 * optimiser uses which, and its default there, is listed on {@link Optimizer}.
 */
public enum Hyperparameter {

    /** μ of SGD with momentum and Nesterov momentum: the share of the previous velocity each step keeps. */
    MOMENTUM("momentum", "\u03bc", "the share of the previous velocity each step keeps"),
    /** α of RMSProp: the decay of the running average of squared gradients. */
    ALPHA("alpha", "\u03b1", "the decay of the running average of squared gradients"),
    /** β1 of Adam: the decay of the running average of gradients. */
    BETA1("beta1", "\u03b21", "the decay of the running average of gradients"),
    /** β2 of Adam: the decay of the running average of squared gradients. */
    BETA2("beta2", "\u03b22", "the decay of the running average of squared gradients"),
    /** ε of AdaGrad, RMSProp and Adam: added to the denominator so a zero gradient does not divide by 0. */
    EPS("eps", "\u03b5", "added to the denominator so that a zero gradient does not divide by zero");

    private final String key;
    private final String symbol;
    private final String meaning;

    Hyperparameter(String key, String symbol, String meaning) {
        this.key = key;
        this.symbol = symbol;
        this.meaning = meaning;
    }

    /** The lower-case name in {@code torch.optim} and on the command line: momentum, alpha, beta1, beta2, eps. */
    public String key() {
        return key;
    }

    /** The Greek letter of the textbooks: μ, α, β1, β2, ε. */
    public String symbol() {
        return symbol;
    }

    /** What it does, in a few words for a tooltip or help text. */
    public String meaning() {
        return meaning;
    }

    /** Requires 0 ≤ value &lt; 1, a decay or momentum factor. */
    double requireFraction(double value) {
        if (!(value >= 0 && value < 1)) {
            throw new InvalidHyperparameterException(this, "at least 0 and below 1", value);
        }
        return value;
    }

    /** Requires 0 &lt; value &lt; 1. */
    double requireOpenFraction(double value) {
        if (!(value > 0 && value < 1)) {
            throw new InvalidHyperparameterException(this, "above 0 and below 1", value);
        }
        return value;
    }

    /** Requires a positive finite value. */
    double requirePositive(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidHyperparameterException(this, "a positive finite number", value);
        }
        return value;
    }
}
