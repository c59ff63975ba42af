package gdviz.ui.picture;

import gdviz.chart.BandedRaster;
import gdviz.chart.MapGeometry;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn once into an image, with where it put its data area: the map's filled contours are painted
 * here, off the UI thread, and only the path over them is painted per animation frame.
 *
 * @param image    the drawn chart at device resolution
 * @param geometry the data area in layout (logical) pixels
 * @param margins  the space the chart left around its data area
 * @param width    the layout width the image fills
 * @param height   the layout height the image fills
 * @param scale    device pixels per layout pixel the image was drawn for
 */
record ChartPicture(WritableImage image, MapGeometry geometry, Margins margins, double width, double height,
                    double scale) {

    /** How far the data area's shape may stray from the wanted one before the chart is drawn again to fit. */
    private static final double ASPECT_TOLERANCE = 0.01;

    /**
     * Builds and draws a chart; call off the UI thread. A chart whose axes need the same scale is drawn in the
     * centred part of the space that gives its data area the right shape.
     *
     * @param scale   device pixels per layout pixel (2 on a high-density screen)
     * @param margins the expected space around the data area
     */
    static ChartPicture draw(ChartRecipe recipe, double width, double height, double scale, Margins margins) {
        double aspect = recipe.aspectRatio();
        double[] area = margins.fit(width, height, aspect);
        JFreeChart chart = recipe.build((int) Math.ceil(area[2] * scale), (int) Math.ceil(area[3] * scale));
        ChartPicture picture = draw(chart, area, width, height, scale);
        MapGeometry geometry = picture.geometry();
        double drawnAspect = geometry.height() / geometry.width();
        if (!Double.isNaN(aspect) && Math.abs(drawnAspect / aspect - 1) > ASPECT_TOLERANCE) {
            picture = draw(chart, picture.margins().fit(width, height, aspect), width, height, scale);
        }
        return picture;
    }

    private static ChartPicture draw(JFreeChart chart, double[] area, double width, double height, double scale) {
        // Premultiplied, the format JavaFX can show straight from the image's own memory.
        BufferedImage canvas = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g2 = BandedRaster.graphics(canvas);
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(area[0], area[1], area[2], area[3]), info);
        } finally {
            g2.dispose();
        }
        MapGeometry geometry = MapGeometry.of(chart, info);
        return new ChartPicture(shared(canvas), geometry,
                Margins.of(geometry, area[0], area[1], area[2], area[3]), width, height, scale);
    }

    /**
     * A JavaFX image showing {@code canvas}'s pixels in place: converting them into an image of JavaFX's own took
     * about a sixth of the time of drawing a map. The canvas must not be drawn on afterwards.
     *
     * @param canvas a TYPE_INT_ARGB_PRE image, finished
     */
    static WritableImage shared(BufferedImage canvas) {
        int[] pixels = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        return new WritableImage(new PixelBuffer<>(canvas.getWidth(), canvas.getHeight(), IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance()));
    }
}
