package gdviz.ui.picture;

import org.jfree.chart.JFreeChart;

/** Builds the still part of a picture for a given size; runs on a background thread. */
@FunctionalInterface
public interface ChartRecipe {

    /**
     * @param width  the picture's width in screen pixels (device pixels, for a sharp result), positive
     * @param height the picture's height in screen pixels, positive
     * @throws IllegalArgumentException with a one-line message when there is nothing to draw, such as a function
     *                                  that is undefined everywhere on the region
     */
    JFreeChart build(int width, int height);

    /**
     * The height of the data area over its width, in data units, for charts whose two axes must have the same
     * scale (on a contour map the gradient is perpendicular to the iso-lines only then); NaN when the data area
     * may take any shape.
     */
    default double aspectRatio() {
        return Double.NaN;
    }
}
