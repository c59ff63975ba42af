package gdviz.core.expr;

/** Reads one coordinate of the point; its gradient is the unit vector of that variable. */
final class VariableStep extends Step {

    private final int index;

    VariableStep(int out, int index) {
        super(out);
        this.index = index;
    }

    @Override
    void forward(double[] point, JetWork work) {
        work.variable(out, index, point[index]);
    }

    @Override
    void emit(ValueCodeWriter code) {
        code.loadCoordinate(index);
        code.store(out);
    }

    @Override
    void emitGradient(GradientCodeWriter code) {
        emit(code.values());
        code.variable(out, index);
    }
}
