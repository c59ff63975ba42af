package gdviz.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders a chart with its overlay into PNG bytes or SVG text for export. Writing them to a file is left to
 * the caller, who can do it atomically.
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
     * The figure as PNG bytes.
     *
     * @param width, height the image size in pixels, each in [{@link #MIN_SIZE}, {@link #MAX_SIZE}]
     * @param overlay       painted over the chart; {@link ChartOverlay#NONE} for nothing
     */
    public static byte[] png(JFreeChart chart, int width, int height, ChartOverlay overlay) throws FigureException {
        requireSize(width, height);
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = image.createGraphics();
            try {
                draw(g2, chart, width, height, overlay);
            } finally {
                g2.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) {
                throw new FigureException("could not render the figure as PNG: no PNG encoder is available");
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw failure("PNG", e);
        }
    }

    /**
     * The figure as an SVG document whose width and height are the given sizes (in user units, i.e. pixels).
     *
     * @param width, height the figure size, each in [{@link #MIN_SIZE}, {@link #MAX_SIZE}]
     * @param overlay       painted over the chart; {@link ChartOverlay#NONE} for nothing
     */
    public static String svg(JFreeChart chart, int width, int height, ChartOverlay overlay) throws FigureException {
        requireSize(width, height);
        try {
            SVGGraphics2D g2 = new SVGGraphics2D(width, height);
            draw(g2, chart, width, height, overlay);
            return crispImages(g2.getSVGDocument());
        } catch (RuntimeException e) {
            throw failure("SVG", e);
        }
    }

    /** Draws the chart filling (0, 0, width, height), then the overlay; returns where the data went. */
    static MapGeometry draw(Graphics2D g2, JFreeChart chart, int width, int height, ChartOverlay overlay) {
        ChartRenderingInfo info = new ChartRenderingInfo(null); // no entities: nobody hovers over an export
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
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

    private static void requireSize(int width, int height) throws FigureException {
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new FigureException("a figure must be between " + MIN_SIZE + " and " + MAX_SIZE
                    + " pixels wide and high, not " + width + " × " + height);
        }
    }

    private static FigureException failure(String format, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new FigureException("could not render the figure as " + format + ": " + reason, e);
    }
}
