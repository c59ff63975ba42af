package gdviz.core.descent;

/**
 * What an optimiser remembers between steps, or derives from it for the step, one value per coordinate. Read
 * through {@link Stepper#state()} to explain a step with the numbers it used.
 */
public enum StateQuantity {

    /** b of momentum and Nesterov: b_t = μ·b_(t−1) + g_t. */
    VELOCITY("b", "velocity"),
    /** s of AdaGrad: the sum of all squared gradients so far. */
    SQUARED_SUM("s", "sum of squared gradients"),
    /** v of RMSProp: the decaying average of squared gradients. */
    SQUARED_AVERAGE("v", "average of squared gradients"),
    /** m of Adam: the decaying average of gradients. */
    FIRST_MOMENT("m", "average of gradients"),
    /** v of Adam: the decaying average of squared gradients. */
    SECOND_MOMENT("v", "average of squared gradients"),
    /** m̂ of Adam: m corrected for its start at 0, m_t / (1 − β1^t). */
    CORRECTED_FIRST("m\u0302", "bias-corrected average of gradients"),
    /** v̂ of Adam: v corrected for its start at 0, v_t / (1 − β2^t). */
    CORRECTED_SECOND("v\u0302", "bias-corrected average of squared gradients");

    private final String symbol;
    private final String meaning;

    StateQuantity(String symbol, String meaning) {
        this.symbol = symbol;
        this.meaning = meaning;
    }

    /** The letter of the textbooks: b, s, v, m, m̂, v̂. */
    public String symbol() {
        return symbol;
    }

    /** A few words for a person. */
    public String meaning() {
        return meaning;
    }
}
