package gdviz.core.expr;

/**
 * One piece of a function text as exp4j would cut it.
 *
 * @param kind  what the piece is
 * @param text  the characters as typed
 * @param start 0-based index of the first character in the original text
 */
record Lexeme(Kind kind, String text, int start) {

    enum Kind { NUMBER, NAME, OPEN, CLOSE, COMMA, OPERATOR }

    boolean is(Kind k) {
        return kind == k;
    }

    /** A number or a name: something that can stand for itself in a suggestion such as "sin(x)". */
    boolean isAtom() {
        return kind == Kind.NUMBER || kind == Kind.NAME;
    }

    char symbol() {
        return text.charAt(0);
    }

    /** Whether this is the operator {@code c}. */
    boolean isOperator(char c) {
        return kind == Kind.OPERATOR && symbol() == c;
    }

    String where() {
        return ExpressionException.column(start);
    }
}
