package gdviz.chart;

/** A figure could not be rendered or encoded; the message says what and why, in one line. */
public final class FigureException extends Exception {

    public FigureException(String message, Throwable cause) {
        super(message, cause);
    }

    public FigureException(String message) {
        super(message);
    }
}
