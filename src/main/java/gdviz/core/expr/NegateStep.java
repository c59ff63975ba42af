package gdviz.core.expr;

/** Unary minus: -u, with derivatives -∇u and -Hu. */
final class NegateStep extends Step {

    private final int operand;

    NegateStep(int out, int operand) {
        super(out);
        this.operand = operand;
    }

    @Override
    void forward(double[] point, JetWork work) {
        work.chain(out, -work.value(operand), operand, -1, 0);
    }

    @Override
    void markNaNCarried(boolean[] carried) {
        carried[operand] = true;
    }

    @Override
    void emit(ValueCodeWriter code) {
        code.load(operand);
        code.negate();
        code.store(out);
    }

    @Override
    void emitGradient(GradientCodeWriter code) {
        emit(code.values());
        code.chain(out, operand, Factor.of(-1));
    }
}
