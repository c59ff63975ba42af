package gdviz.core.expr;

/**
 * An operator with one constant operand, such as {@code 2*x}, {@code x^3} or {@code 2^x}: a function of
 * one slot, so only the partial derivatives in that operand are taken. This is what keeps {@code x^2}
 * clear of ln(x) (the ∂/∂b of a power), which would be NaN for x &lt; 0.
 */
final class ConstantOperandStep extends OperatorStep {

    private final int operand;
    private final double constant;
    private final boolean constantOnLeft;

    ConstantOperandStep(int out, int operand, double constant, boolean constantOnLeft, BinaryRule rule) {
        super(out, rule);
        this.operand = operand;
        this.constant = constant;
        this.constantOnLeft = constantOnLeft;
    }

    @Override
    void forward(double[] point, JetWork work) {
        double u = work.value(operand);
        double a = constantOnLeft ? constant : u;
        double b = constantOnLeft ? u : constant;
        double value = rule.value(a, b);
        if (work.order() == Order.VALUE) {
            work.chain(out, value, operand, 0, 0);
        } else if (constantOnLeft) {
            work.chain(out, value, operand, rule.db(a, b), rule.dbb(a, b));
        } else {
            work.chain(out, value, operand, rule.da(a, b), rule.daa(a, b));
        }
    }

    @Override
    void pushOperands(ValueCodeWriter code) {
        if (constantOnLeft) {
            code.loadConstant(constant);
            code.load(operand);
        } else {
            code.load(operand);
            code.loadConstant(constant);
        }
    }

    /** A power with a constant exponent other than 0 is NaN for a NaN base, as power and Math.pow define it. */
    @Override
    void markNaNCarried(boolean[] carried) {
        if (carriesNaN() || hasConstantExponent() && constant != 0) {
            carried[operand] = true;
        }
    }

    @Override
    Factor operand(boolean left) {
        return left == constantOnLeft ? Factor.of(constant) : Factor.inSlot(operand);
    }

    /** A power with a known exponent, such as x^2, is written out as power computes it for that exponent. */
    @Override
    void emit(ValueCodeWriter code) {
        if (hasConstantExponent()) {
            code.power(operand, constant);
            code.store(out);
        } else {
            super.emit(code);
        }
    }

    /**
     * The partial derivative in the operand that varies, as {@link #forward} takes it. Dividing by a
     * constant has the constant derivative 1/c; a power with a constant exponent c has c·u^(c-1), written
     * out like the value (0 for c = 0, as {@link BinaryRule#POWER} defines it).
     */
    @Override
    Factor partial(boolean inLeft) {
        if (rule == BinaryRule.DIVIDE && !constantOnLeft) {
            return Factor.of(rule.da(Double.NaN, constant));
        }
        if (hasConstantExponent() && constant == 2) {
            // 2·u written as u + u: the same number to the bit (both round the exact double of u), shorter
            return Factor.pushedBy(code -> {
                code.load(operand);
                code.duplicate();
                code.add();
            });
        }
        if (hasConstantExponent()) {
            return constant == 0 ? Factor.of(0) : Factor.pushedBy(code -> {
                code.loadConstant(constant);
                code.power(operand, constant - 1);
                code.multiply();
            });
        }
        return super.partial(inLeft);
    }

    @Override
    void emitGradient(GradientCodeWriter code) {
        emit(code.values());
        code.chain(out, operand, partial(!constantOnLeft));
    }

    private boolean hasConstantExponent() {
        return rule == BinaryRule.POWER && !constantOnLeft;
    }
}
