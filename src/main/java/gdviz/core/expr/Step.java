package gdviz.core.expr;

/**
 * One instruction of a {@link Tape}: computes the value of slot {@link #out} — and, in a {@link JetWork}
 * of higher {@link Order}, its derivatives — from earlier slots. Immutable.
 */
abstract class Step {

    final int out;

    Step(int out) {
        this.out = out;
    }

    /** Fills slot {@link #out} of {@code work}; {@code point} holds one coordinate per variable. */
    abstract void forward(double[] point, JetWork work);

    /** Writes bytecode computing the same value as {@link #forward} and stores it in the local for {@link #out}. */
    abstract void emit(ValueCodeWriter code);

    /**
     * Writes bytecode computing what {@link #forward} computes in {@link Order#GRADIENT}: the value, as
     * {@link #emit} writes it, then the partial derivatives.
     */
    abstract void emitGradient(GradientCodeWriter code);

    /**
     * Marks in {@code carried} the slots this step reads whose NaN always makes its own value NaN, so that
     * generated code need not test them for NaN apart. None by default.
     */
    void markNaNCarried(boolean[] carried) {
    }
}
