package gdviz.core.expr;

/** A one-argument built-in applied to a slot. */
final class UnaryStep extends Step {

    private final int operand;
    private final UnaryRule rule;

    UnaryStep(int out, int operand, UnaryRule rule) {
        super(out);
        this.operand = operand;
        this.rule = rule;
    }

    @Override
    void forward(double[] point, JetWork work) {
        double u = work.value(operand);
        double value = rule.value(u);
        if (work.order() == Order.VALUE) {
            work.chain(out, value, operand, 0, 0);
        } else {
            work.chain(out, value, operand, rule.first(u), rule.second(u));
        }
    }

    /** Every built-in gives NaN for NaN (signum included, see {@link UnaryRule}). */
    @Override
    void markNaNCarried(boolean[] carried) {
        carried[operand] = true;
    }

    @Override
    void emit(ValueCodeWriter code) {
        code.pushRule(rule);
        code.load(operand);
        code.applyRule();
        code.store(out);
    }

    @Override
    void emitGradient(GradientCodeWriter code) {
        emit(code.values());
        code.chain(out, operand, Factor.pushedBy(derivative -> {
            derivative.pushRule(rule);
            derivative.load(operand);
            derivative.callUnaryRule("first");
        }));
    }
}
