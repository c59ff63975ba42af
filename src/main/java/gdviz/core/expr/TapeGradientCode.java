package gdviz.core.expr;

/** Gradients straight from the tape: the fallback when generated code cannot be loaded or would be too long. */
final class TapeGradientCode implements GradientCode {

    private final Tape tape;

    TapeGradientCode(Tape tape) {
        this.tape = tape;
    }

    @Override
    public double valueAndGradient(double[] point, double[] gradient) {
        return tape.run(point, Order.GRADIENT, gradient, null);
    }
}
