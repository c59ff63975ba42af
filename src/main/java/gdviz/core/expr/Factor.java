package gdviz.core.expr;

import java.util.function.Consumer;

/**
 * A number the generated gradient code multiplies with — a partial derivative of a rule or of a slot — as
 * the code writer knows it: a constant known while writing, the double in a local, or code that pushes it.
 * Knowing constants and locals lets the writer fold and skip work (1·d is d, 2·x is one multiplication)
 * instead of calling a rule for a number it could have written down.
 */
final class Factor {

    private final double constant;
    private final Consumer<ValueCodeWriter> code;
    /** Whether the code is one load, as cheap to repeat as to store. */
    private final boolean load;

    private Factor(double constant, Consumer<ValueCodeWriter> code, boolean load) {
        this.constant = constant;
        this.code = code;
        this.load = load;
    }

    /** The number {@code value}, the same at every point. */
    static Factor of(double value) {
        return new Factor(value, null, false);
    }

    /** The double in the local pair starting at {@code local}. */
    static Factor inLocal(int local) {
        return new Factor(0, writer -> writer.loadLocal(local), true);
    }

    /** The value of tape slot {@code slot}. */
    static Factor inSlot(int slot) {
        return new Factor(0, writer -> writer.load(slot), true);
    }

    /** What {@code code} pushes: worth computing once and storing when it is used more than once. */
    static Factor pushedBy(Consumer<ValueCodeWriter> code) {
        return new Factor(0, code, false);
    }

    boolean isConstant() {
        return code == null;
    }

    /** Whether this is the constant exactly 0 (either sign). */
    boolean isZero() {
        return isConstant() && constant == 0;
    }

    /** Whether this is the constant {@code value}. */
    boolean is(double value) {
        return isConstant() && Double.compare(constant, value) == 0;
    }

    /** Whether pushing it takes more than one load or constant. */
    boolean isComputed() {
        return code != null && !load;
    }

    /** The value of a constant factor. */
    double constant() {
        if (!isConstant()) {
            throw new IllegalStateException("not a constant");
        }
        return constant;
    }

    void push(ValueCodeWriter writer) {
        if (code == null) {
            writer.loadConstant(constant);
        } else {
            code.accept(writer);
        }
    }
}
