package gdviz.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders a {@link Figure}, such as a chart with its overlay, into PNG bytes or SVG text for export. Writing
 * them to a file is left to the caller, who can do it atomically.
 *
 * <p>Every failure, including the runtime exceptions of the chart library and the image encoder, surfaces as
 * a {@link FigureException}.
 */
public final class FigureWriter {

    /** Smallest and largest width or height accepted, in pixels. */
    public static final int MIN_SIZE = 16;
    public static final int MAX_SIZE = 16_384;

    private FigureWriter() {
    }

    /**
     * The chart with its overlay as PNG bytes.
     *
     * @param width, height the image size in pixels, each in [{@link #MIN_SIZE}, {@link #MAX_SIZE}]
     * @param overlay       painted over the chart; {@link ChartOverlay#NONE} for nothing
     * @throws FigureSizeException when the size is out of range or too small to hold the chart
     */
    public static byte[] png(JFreeChart chart, int width, int height, ChartOverlay overlay) throws FigureException {
        return png(Figure.of(chart, overlay), width, height);
    }

    /**
     * The chart with its overlay as an SVG document whose width and height are the given sizes (in user units,
     * i.e. pixels).
     *
     * @param width, height the figure size, each in [{@link #MIN_SIZE}, {@link #MAX_SIZE}]
     * @param overlay       painted over the chart; {@link ChartOverlay#NONE} for nothing
     * @throws FigureSizeException when the size is out of range or too small to hold the chart
     */
    public static String svg(JFreeChart chart, int width, int height, ChartOverlay overlay) throws FigureException {
        return svg(Figure.of(chart, overlay), width, height);
    }

    /**
     * The figure as PNG bytes.
     *
     * @param width, height the image size in pixels, each in [{@link #MIN_SIZE}, {@link #MAX_SIZE}]
     * @throws FigureSizeException when the size is out of range or too small to hold the figure
     */
    public static byte[] png(Figure figure, int width, int height) throws FigureException {
        requireSize(width, height);
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = BandedRaster.graphics(image);
            try {
                figure.draw(g2, width, height);
            } finally {
                g2.dispose();
            }
            return PngEncoding.encode(image);
        } catch (RuntimeException e) {
            throw failure("PNG", e);
        } catch (OutOfMemoryError e) {
            // The image is one large array: when it does not fit, nothing else was built and the memory is free again.
            throw new FigureException("could not render the figure as PNG: a " + width + " × " + height
                    + " image needs more memory than Java may use; choose a smaller size or raise -Xmx", e);
        }
    }

    /**
     * The figure as an SVG document whose width and height are the given sizes (in user units, i.e. pixels).
     *
     * @param width, height the figure size, each in [{@link #MIN_SIZE}, {@link #MAX_SIZE}]
     * @throws FigureSizeException when the size is out of range or too small to hold the figure
     */
    public static String svg(Figure figure, int width, int height) throws FigureException {
        requireSize(width, height);
        try {
            SVGGraphics2D g2 = new SVGGraphics2D(width, height);
            figure.draw(g2, width, height);
            return crispImages(g2.getSVGDocument());
        } catch (RuntimeException e) {
            throw failure("SVG", e);
        }
    }

    /**
     * Where {@code chart} puts its data area in a {@code width} × {@code height} figure, found by drawing it once
     * on a scratch surface: lets a caller choose ranges that give both axes the same scale before drawing the
     * figure itself. The ranges in the result are the chart's own.
     *
     * @param width, height the figure size, each in [{@link #MIN_SIZE}, {@link #MAX_SIZE}]
     * @throws FigureSizeException when the size is out of range or too small to hold the chart
     */
    public static MapGeometry layout(JFreeChart chart, int width, int height) throws FigureException {
        requireSize(width, height);
        // One pixel: every shape is laid out in full, but almost nothing is rasterised.
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return draw(g2, chart, width, height, ChartOverlay.NONE);
        } catch (RuntimeException e) {
            throw new FigureException("could not lay out the figure: " + reason(e), e);
        } finally {
            g2.dispose();
        }
    }

    /**
     * Draws the chart filling (0, 0, width, height), then the overlay; returns where the data went.
     *
     * @throws FigureSizeException when the chart's title, axes and legends take the whole figure
     */
    static MapGeometry draw(Graphics2D g2, JFreeChart chart, int width, int height, ChartOverlay overlay)
            throws FigureSizeException {
        ChartRenderingInfo info = new ChartRenderingInfo(null); // no entities: nobody hovers over an export
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (area == null || !(area.getWidth() >= 1 && area.getHeight() >= 1)) {
            throw new FigureSizeException("a " + width + " × " + height + " figure is too small for this chart:"
                    + " its title, axes and colour scale leave no room for the data");
        }
        MapGeometry geometry = MapGeometry.of(chart, info);
        overlay.paint(g2, geometry);
        return geometry;
    }

    /**
     * Asks SVG viewers to scale embedded images (the contour bands) without smoothing, as the PNG is drawn;
     * smoothing would blur band edges into colours no band has. The SVG writer has no option for this.
     */
    static String crispImages(String svg) {
        return svg.replace("<image ", "<image image-rendering=\"optimizeSpeed\" style=\"image-rendering:pixelated\" ");
    }

    private static void requireSize(int width, int height) throws FigureSizeException {
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new FigureSizeException("a figure must be between " + MIN_SIZE + " and " + MAX_SIZE
                    + " pixels wide and high, not " + width + " × " + height);
        }
    }

    private static FigureException failure(String format, Exception e) {
        return new FigureException("could not render the figure as " + format + ": " + reason(e), e);
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
