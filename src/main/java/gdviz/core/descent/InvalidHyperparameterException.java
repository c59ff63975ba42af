package gdviz.core.descent;

import java.util.Objects;

/**
 * A hyperparameter out of its range. The message reads {@code beta1 must be at least 0 and below 1, got 1.5};
 * the parts are kept so that a front end can name its own control or option instead.
 */
public final class InvalidHyperparameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Hyperparameter hyperparameter;
    private final String requirement;
    private final double value;

    InvalidHyperparameterException(Hyperparameter hyperparameter, String requirement, double value) {
        super(hyperparameter.key() + " must be " + requirement + ", got " + value);
        this.hyperparameter = Objects.requireNonNull(hyperparameter);
        this.requirement = requirement;
        this.value = value;
    }

    /** Which hyperparameter is out of range. */
    public Hyperparameter hyperparameter() {
        return hyperparameter;
    }

    /** The allowed range in words, such as {@code at least 0 and below 1}. */
    public String requirement() {
        return requirement;
    }

    /** The refused value. */
    public double value() {
        return value;
    }
}
