package gdviz.core.expr;

/**
 * A function text that cannot be read, or a variable list that does not fit it.
 *
 * <p>The message is one line of product text for the person who typed the function: it starts in
 * lower case, names the problem and where it is ("at column N", counted from 1), and makes a
 * suggestion where one is obvious.
 */
public final class ExpressionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * @param message  one line, lower-case start
     * @param position 0-based character index into the function text, or -1 when no single place
     */
    public ExpressionException(String message, int position) {
        super(message);
        if (position < -1) {
            throw new IllegalArgumentException("position must be -1 or an index: " + position);
        }
        this.position = position;
    }

    /** The 0-based character index into the original text, or -1 when the problem has no single place. */
    public int position() {
        return position;
    }

    /** A problem at {@code position}; the message says the column itself. */
    static ExpressionException at(int position, String message) {
        return new ExpressionException(message, position);
    }

    /** A problem of the whole text or of the variable list. */
    static ExpressionException general(String message) {
        return new ExpressionException(message, -1);
    }

    /** "column N" for a 0-based position, as messages say it. */
    static String column(int position) {
        return "column " + (position + 1);
    }
}
