package gdviz.core.expr;

/** A number: the whole function when it uses no variable (folded subtrees never reach the tape). */
final class ConstantStep extends Step {

    private final double value;

    ConstantStep(int out, double value) {
        super(out);
        this.value = value;
    }

    @Override
    void forward(double[] point, JetWork work) {
        work.constant(out, value);
    }

    @Override
    void emit(ValueCodeWriter code) {
        code.loadConstant(value);
        code.store(out);
    }

    /** A constant's partials are all 0, which the writer assumes for a slot it is told nothing about. */
    @Override
    void emitGradient(GradientCodeWriter code) {
        emit(code.values());
    }
}
