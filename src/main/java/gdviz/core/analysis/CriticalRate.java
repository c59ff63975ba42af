package gdviz.core.analysis;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A learning rate read off the Hessian, or why there is none.
 *
 * @param value  the rate, positive; NaN when absent
 * @param reason empty when present; otherwise why it is absent, such as
 *               {@code the Hessian has no positive eigenvalue}
 */
public record CriticalRate(double value, String reason) {

    /** @throws IllegalArgumentException unless exactly one of a positive value and a reason is given */
    public CriticalRate {
        Objects.requireNonNull(reason, "reason");
        boolean present = !Double.isNaN(value);
        if (present == !reason.isEmpty()) {
            throw new IllegalArgumentException("a critical rate has either a value or a reason, not both or neither");
        }
        if (present && !(value > 0)) {
            throw new IllegalArgumentException("a critical rate must be positive, got " + value);
        }
    }

    static CriticalRate of(double value) {
        return new CriticalRate(value, "");
    }

    static CriticalRate none(String reason) {
        return new CriticalRate(Double.NaN, reason);
    }

    /** Whether there is a rate. */
    public boolean isPresent() {
        return reason.isEmpty();
    }

    /** The rate, if there is one. */
    public OptionalDouble asOptional() {
        return isPresent() ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
