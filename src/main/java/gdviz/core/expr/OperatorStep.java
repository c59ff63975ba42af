package gdviz.core.expr;

/** A step applying a {@link BinaryRule} to two operands, of which one or both are slots. */
abstract class OperatorStep extends Step {

    final BinaryRule rule;

    OperatorStep(int out, BinaryRule rule) {
        super(out);
        this.rule = rule;
    }

    /** Pushes the two operands, left first. */
    abstract void pushOperands(ValueCodeWriter code);

    /** The left or right operand as the gradient code sees it: a constant or a slot's value. */
    abstract Factor operand(boolean left);

    /** Whether the rule's value is NaN whenever an operand is: all but ^, where NaN^0 is 1. */
    final boolean carriesNaN() {
        return rule != BinaryRule.POWER;
    }

    @Override
    void emit(ValueCodeWriter code) {
        pushOperands(code);
        code.operator(rule);
        code.store(out);
    }

    /**
     * The rule's partial derivative in the left or right operand at the operands. Those of +, - and * are
     * a number or the other operand, as {@link BinaryRule} defines them, so no call is written for them.
     */
    Factor partial(boolean inLeft) {
        return switch (rule) {
            case ADD -> Factor.of(1);
            case SUBTRACT -> Factor.of(inLeft ? 1 : -1);
            case MULTIPLY -> operand(!inLeft);
            default -> ruleCall(inLeft ? "da" : "db");
        };
    }

    /** A call of the rule's partial derivative {@code method} ("da" or "db") at the operands. */
    final Factor ruleCall(String method) {
        return Factor.pushedBy(derivative -> {
            derivative.pushRule(rule);
            pushOperands(derivative);
            derivative.callBinaryRule(method);
        });
    }
}
