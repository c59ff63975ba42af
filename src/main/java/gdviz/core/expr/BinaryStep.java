package gdviz.core.expr;

import java.util.function.Consumer;

/** An operator applied to two slots that both depend on the variables. */
final class BinaryStep extends Step {

    private final int left;
    private final int right;
    private final BinaryRule rule;

    BinaryStep(int out, int left, int right, BinaryRule rule) {
        super(out);
        this.left = left;
        this.right = right;
        this.rule = rule;
    }

    @Override
    void forward(double[] point, JetWork work) {
        double a = work.value(left);
        double b = work.value(right);
        work.chain(out, rule.value(a, b), left, right, rule, a, b);
    }

    @Override
    void emit(ValueCodeWriter code) {
        pushOperands(code);
        code.operator(rule);
        code.store(out);
    }

    @Override
    void emitGradient(GradientCodeWriter code) {
        emit(code.values());
        code.chain(out, left, right, partial("da"), partial("db"));
    }

    /** Writes a call of the rule's partial derivative {@code method} at the operands. */
    private Consumer<ValueCodeWriter> partial(String method) {
        return derivative -> {
            derivative.pushRule(rule);
            pushOperands(derivative);
            derivative.callRule(rule, method);
        };
    }

    private void pushOperands(ValueCodeWriter code) {
        code.load(left);
        code.load(right);
    }
}
