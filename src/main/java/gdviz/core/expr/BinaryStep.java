package gdviz.core.expr;

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
        code.load(left);
        code.load(right);
        code.operator(rule);
        code.store(out);
    }
}
