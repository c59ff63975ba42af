package gdviz.core.expr;

import java.util.function.Consumer;

/** A step applying a {@link BinaryRule} to two operands, of which one or both are slots. */
abstract class OperatorStep extends Step {

    final BinaryRule rule;

    OperatorStep(int out, BinaryRule rule) {
        super(out);
        this.rule = rule;
    }

    /** Pushes the two operands, left first. */
    abstract void pushOperands(ValueCodeWriter code);

    @Override
    final void emit(ValueCodeWriter code) {
        pushOperands(code);
        code.operator(rule);
        code.store(out);
    }

    /** Writes a call of the rule's partial derivative {@code method} ("da" or "db") at the operands. */
    final Consumer<ValueCodeWriter> partial(String method) {
        return derivative -> {
            derivative.pushRule(rule);
            pushOperands(derivative);
            derivative.callBinaryRule(method);
        };
    }
}
