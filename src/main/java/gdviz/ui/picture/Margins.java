package gdviz.ui.picture;

import gdviz.chart.MapGeometry;

/**
 * The space a chart leaves around its data area for axes, labels and the colour bar, in layout pixels. It hardly
 * changes with the chart's size, so the last picture's margins predict the next one's.
 */
record Margins(double left, double top, double right, double bottom) {

    /** A first guess for a map: axis labels left and below, the colour bar on the right. */
    static final Margins GUESS = new Margins(70, 12, 150, 50);

    static Margins of(MapGeometry geometry, double x, double y, double width, double height) {
        return new Margins(geometry.left() - x, geometry.top() - y, x + width - geometry.right(),
                y + height - geometry.bottom());
    }

    /**
     * The rectangle, centred in {@code width × height}, whose data area has {@code aspect} (height over width);
     * the whole space when {@code aspect} is NaN or the margins leave no room.
     *
     * @return {x, y, width, height}
     */
    double[] fit(double width, double height, double aspect) {
        double dataWidth = width - left - right;
        double dataHeight = height - top - bottom;
        if (Double.isNaN(aspect) || dataWidth <= 0 || dataHeight <= 0) {
            return new double[] {0, 0, width, height};
        }
        if (dataHeight / dataWidth > aspect) {
            double used = dataWidth * aspect + top + bottom;
            return new double[] {0, (height - used) / 2, width, used};
        }
        double used = dataHeight / aspect + left + right;
        return new double[] {(width - used) / 2, 0, used, height};
    }
}
