package gdviz.core.expr;

/** An operator applied to two slots that both depend on the variables. */
final class BinaryStep extends OperatorStep {

    private final int left;
    private final int right;

    BinaryStep(int out, int left, int right, BinaryRule rule) {
        super(out, rule);
        this.left = left;
        this.right = right;
    }

    @Override
    void forward(double[] point, JetWork work) {
        double a = work.value(left);
        double b = work.value(right);
        work.chain(out, rule.value(a, b), left, right, rule, a, b);
    }

    @Override
    void pushOperands(ValueCodeWriter code) {
        code.load(left);
        code.load(right);
    }

    @Override
    void markNaNCarried(boolean[] carried) {
        if (carriesNaN()) {
            carried[left] = true;
            carried[right] = true;
        }
    }

    @Override
    Factor operand(boolean isLeft) {
        return Factor.inSlot(isLeft ? left : right);
    }

    @Override
    void emitGradient(GradientCodeWriter code) {
        emit(code.values());
        code.chain(out, left, right, partial(true), partial(false));
    }
}
