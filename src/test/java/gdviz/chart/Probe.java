package gdviz.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;
import org.jfree.chart.JFreeChart;

/** Looks at rendered pixels the way a viewer would: colours near screen positions. */
final class Probe {

    final BufferedImage image;
    final MapGeometry geometry;

    private Probe(BufferedImage image, MapGeometry geometry) {
        this.image = image;
        this.geometry = geometry;
    }

    /** The chart and overlay drawn at width × height, as an export would draw them. */
    static Probe render(JFreeChart chart, int width, int height, ChartOverlay overlay) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            return new Probe(image, FigureWriter.draw(g2, chart, width, height, overlay));
        } catch (FigureSizeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } finally {
            g2.dispose();
        }
    }

    /** A plain image filled with {@code background}, for painting an overlay on its own. */
    static Probe blank(int width, int height, Color background, MapGeometry geometry) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(background);
        g2.fillRect(0, 0, width, height);
        g2.dispose();
        return new Probe(image, geometry);
    }

    Graphics2D graphics() {
        return image.createGraphics();
    }

    int argbAt(double x, double y) {
        return image.getRGB((int) Math.floor(x), (int) Math.floor(y));
    }

    /** The colour of the pixel at the screen position of data point (x, y). */
    int argbAtData(double x, double y) {
        return argbAt(geometry.toScreenX(x), geometry.toScreenY(y));
    }

    /** Whether a pixel within {@code radius} of screen (x, y) matches. */
    boolean anyNear(double x, double y, int radius, IntPredicate matches) {
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        for (int j = cy - radius; j <= cy + radius; j++) {
            for (int i = cx - radius; i <= cx + radius; i++) {
                if (i >= 0 && j >= 0 && i < image.getWidth() && j < image.getHeight()
                        && (i - cx) * (i - cx) + (j - cy) * (j - cy) <= radius * radius
                        && matches.test(image.getRGB(i, j))) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean anyNearData(double x, double y, int radius, IntPredicate matches) {
        return anyNear(geometry.toScreenX(x), geometry.toScreenY(y), radius, matches);
    }

    /** Whether any pixel in the screen rectangle [x0, x1) × [y0, y1) matches. */
    boolean anyIn(int x0, int y0, int x1, int y1, IntPredicate matches) {
        for (int j = Math.max(0, y0); j < Math.min(y1, image.getHeight()); j++) {
            for (int i = Math.max(0, x0); i < Math.min(x1, image.getWidth()); i++) {
                if (matches.test(image.getRGB(i, j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A predicate: opaque and each channel within {@code tolerance} of {@code colour}. */
    static IntPredicate near(Color colour, int tolerance) {
        return argb -> (argb >>> 24) == 0xFF
                && Math.abs((argb >> 16 & 0xFF) - colour.getRed()) <= tolerance
                && Math.abs((argb >> 8 & 0xFF) - colour.getGreen()) <= tolerance
                && Math.abs((argb & 0xFF) - colour.getBlue()) <= tolerance;
    }

    /** A predicate: every channel at least {@code floor}, i.e. white-ish. */
    static IntPredicate lighterThan(int floor) {
        return argb -> (argb >> 16 & 0xFF) >= floor && (argb >> 8 & 0xFF) >= floor && (argb & 0xFF) >= floor;
    }

    /** A predicate: every channel at most {@code ceiling}, i.e. near-black. */
    static IntPredicate darkerThan(int ceiling) {
        return argb -> (argb >> 16 & 0xFF) <= ceiling && (argb >> 8 & 0xFF) <= ceiling && (argb & 0xFF) <= ceiling;
    }
}
