package gdviz.chart;

/**
 * A figure could not be rendered or encoded; the message says what and why, in one line. A
 * {@link FigureSizeException} says that the size asked for cannot hold the chart.
 */
public class FigureException extends Exception {

    public FigureException(String message, Throwable cause) {
        super(message, cause);
    }

    public FigureException(String message) {
        super(message);
    }
}
