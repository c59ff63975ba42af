package gdviz.chart;

/**
 * The size asked for cannot hold the figure: out of the accepted range, or so small that the chart's title, axes
 * and colour bar leave no room for its data. A different size would work; the message says which side failed.
 */
public final class FigureSizeException extends FigureException {

    public FigureSizeException(String message) {
        super(message);
    }
}
