package gdviz.core.expr;

/** The binary operators of the expression language (exp4j's set). */
public enum Operator {
    ADD('+', 1),
    SUBTRACT('-', 1),
    MULTIPLY('*', 2),
    DIVIDE('/', 2),
    MODULO('%', 2),
    POWER('^', 4);

    private final char symbol;
    private final int precedence;

    Operator(char symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public char symbol() {
        return symbol;
    }

    /** Binding strength for printing; higher binds tighter. Unary minus sits at 3, between * and ^. */
    public int precedence() {
        return precedence;
    }

    /** The operator for an exp4j symbol, or null. */
    public static Operator of(char symbol) {
        for (Operator op : values()) {
            if (op.symbol == symbol) {
                return op;
            }
        }
        return null;
    }
}
