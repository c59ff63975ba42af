package gdviz.chart.surface;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our polygon fill sets exactly the pixels Java2D's non-antialiased fill sets, for all kinds of polygons, and the
 * graphics that use it take over only the fills it can do so.
 */
class PixelPolygonFillTest {

    private static final int SIZE = 48;
    /** The stroke Orson sets before drawing faces: wider than a pixel. */
    private static final BasicStroke WIDE = new BasicStroke(1.5f);

    /** The transforms a chart is drawn under: none, HiDPI scales, odd offsets. */
    private static final List<AffineTransform> TRANSFORMS = List.of(new AffineTransform(),
            AffineTransform.getTranslateInstance(0.3, 0.7), AffineTransform.getScaleInstance(2, 2),
            new AffineTransform(1.25, 0, 0, 1.25, 3.5, -2.25), new AffineTransform(1.5, 0, 0, 1.75, 0, 0));

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomPolygonsFillTheSamePixelsAsJava2D(int seed) {
        Random random = new Random(seed);
        List<Shape> shapes = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            shapes.add(polygon(random, 3 + random.nextInt(6), seed % 2 == 0));
        }
        for (AffineTransform transform : TRANSFORMS) {
            assertSamePixels(shapes, transform, null);
            assertSamePixels(shapes, transform, new Rectangle2D.Double(3.3, 4.5, 30.6, 27.5));
        }
    }

    @Test
    void degeneratePolygonsFillTheSamePixelsAsJava2D() {
        List<Shape> shapes = List.of(
                // slivers: nearly collinear, and a needle one pixel long
                path(0, 0, 40, 1, 20, 0.51f), path(5, 5, 45, 5.02f, 45, 5.01f), path(10, 10.5f, 11, 10.5f, 10.5f, 11),
                // corners and edges on pixel centres and on the quarter positions Java2D snaps to
                path(2.5f, 2.5f, 12.5f, 2.5f, 12.5f, 12.5f, 2.5f, 12.5f), path(3.25f, 3.75f, 9.75f, 3.25f, 6.25f, 9.75f),
                path(0.5f, 20.5f, 8.5f, 28.5f, 0.5f, 36.5f), path(20.74f, 20.26f, 30.24f, 20.76f, 25.75f, 30.25f),
                // zero area, a single point, a self-crossing bow tie, and one folded over itself twice
                path(4, 4, 10, 10, 16, 16), path(7, 7, 7, 7, 7, 7), path(20, 2, 30, 12, 30, 2, 20, 12),
                path(30, 30, 45, 30, 45, 45, 30, 45, 30, 30, 45, 30, 45, 45, 30, 45),
                // partly and wholly off the image on every side, and very large
                path(-20, -5, 15, 8, -3, 25), path(40, 40, 70, 45, 44, 90), path(-30, 20, -10, 22, -20, 40),
                path(60, 5, 80, 6, 70, 30), path(-5000, -3000, 9000, 24, 30, 7000),
                // wound twice, its way back off the image on the right
                path(10, 0, 10, 40, 100, 40, 100, 0, 20, 0, 20, 40, 120, 40, 120, 0));
        for (AffineTransform transform : TRANSFORMS) {
            assertSamePixels(shapes, transform, null);
            assertSamePixels(shapes, transform, new Rectangle2D.Double(2.5, 2.5, 40.49, 40.51));
        }
    }

    @Test
    void evenOddPolygonsFillTheSamePixelsAsJava2D() {
        Path2D ring = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        ring.append(path(4, 4, 44, 6, 40, 44, 6, 40), false);
        ring.append(path(14, 14, 34, 15, 30, 33, 15, 31), false);
        assertSamePixels(List.of(ring, path(4, 4, 44, 6, 40, 44, 20, 2, 6, 40)), new AffineTransform(), null);
    }

    @Test
    void plainFillsGoStraightToThePixelsAndAllOthersToJava2D() {
        BufferedImage direct = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage java2d = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D handedOn = java2d.createGraphics();
        // Graphics of one image over the graphics of another: what each fill touches tells who filled it.
        Graphics2D g2 = DirectFillGraphics.over(direct, handedOn);
        g2.setStroke(WIDE);
        g2.setColor(Color.RED);
        g2.fill(path(2, 2, 10, 2, 10, 10));
        assertThat(direct.getRGB(8, 4)).as("a plain polygon").isEqualTo(Color.RED.getRGB());
        assertThat(java2d.getRGB(8, 4)).isZero();

        g2.fill(new Ellipse2D.Double(20, 2, 8, 8));
        g2.setColor(new Color(0, 0, 255, 128));
        g2.fill(path(2, 20, 10, 20, 10, 28));
        g2.setColor(Color.GREEN);
        g2.setStroke(new BasicStroke(1f));
        g2.fill(path(20, 20, 28, 20, 28, 28));
        g2.setStroke(WIDE);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.fill(path(34, 34, 42, 34, 42, 42));
        g2.dispose();
        for (int[] inside : new int[][] {{24, 6}, {8, 22}, {26, 22}, {40, 36}}) {
            assertThat(direct.getRGB(inside[0], inside[1])).as("a curve, translucent, thin stroke, antialiased")
                    .isZero();
            assertThat(java2d.getRGB(inside[0], inside[1])).isNotZero();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_ARGB_PRE})
    void theStoredPixelValuesAreJava2DsInEveryIntImage(int type) {
        List<Shape> shapes = List.of(path(2, 2, 40, 5, 20, 40), path(10, 30, 45, 20, 44, 46));
        Consumer<Graphics2D> fills = fills(shapes);
        assertThat(pixels(drawn(type, fills, false))).isEqualTo(pixels(drawn(type, fills, true)));
    }

    private static void assertSamePixels(List<Shape> shapes, AffineTransform transform, Rectangle2D clip) {
        Consumer<Graphics2D> drawing = g2 -> {
            g2.transform(transform);
            if (clip != null) {
                // A clip given in user space, as Orson gives its drawing area.
                g2.clip(clip);
            }
            fills(shapes).accept(g2);
        };
        int type = BufferedImage.TYPE_INT_ARGB_PRE;
        assertThat(pixels(drawn(type, drawing, true))).as("under %s clipped to %s", transform, clip)
                .isEqualTo(pixels(drawn(type, drawing, false)));
    }

    /** Fills the shapes one after another in colours that tell neighbours and overlaps apart. */
    private static Consumer<Graphics2D> fills(List<Shape> shapes) {
        return g2 -> {
            for (int k = 0; k < shapes.size(); k++) {
                g2.setColor(new Color(Color.HSBtoRGB(k * 0.137f, 0.8f, 0.9f)));
                g2.fill(shapes.get(k));
            }
        };
    }

    private static BufferedImage drawn(int type, Consumer<Graphics2D> drawing, boolean direct) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, type);
        Graphics2D plain = image.createGraphics();
        plain.setStroke(WIDE);
        plain.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        Graphics2D g2 = direct ? DirectFillGraphics.over(image, plain) : plain;
        assertThat(g2 != plain).isEqualTo(direct);
        drawing.accept(g2);
        g2.dispose();
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData().clone();
    }

    /** A random polygon over and around the image, its corners on quarter pixels half of the time. */
    private static Shape polygon(Random random, int corners, boolean quarters) {
        float[] xy = new float[corners * 2];
        for (int k = 0; k < xy.length; k++) {
            float v = random.nextFloat() * (SIZE + 20) - 10;
            xy[k] = quarters && random.nextBoolean() ? Math.round(v * 4) / 4f : v;
        }
        return path(xy);
    }

    /** A closed polygon as Orson builds a face's outline. */
    private static Path2D path(float... xy) {
        Path2D path = new Path2D.Float();
        path.moveTo(xy[0], xy[1]);
        for (int k = 2; k < xy.length; k += 2) {
            path.lineTo(xy[k], xy[k + 1]);
        }
        path.closePath();
        return path;
    }
}
