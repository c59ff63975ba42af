package gdviz.core.expr;

/** Values straight from the tape: the fallback when generated code cannot be loaded. */
final class TapeValueCode implements ValueCode {

    private final Tape tape;

    TapeValueCode(Tape tape) {
        this.tape = tape;
    }

    @Override
    public double value(double[] point) {
        return tape.run(point, Order.VALUE, null, null);
    }
}
