package gdviz.ui.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The picture handed to the window shows exactly what was drawn. */
class ChartPictureTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Translucent, anti-aliased shapes: every premultiplied value a chart can hold, edges included. */
    private static BufferedImage drawing() {
        BufferedImage canvas = new BufferedImage(173, 91, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g2 = canvas.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setPaint(new GradientPaint(0, 0, new Color(30, 200, 90, 40), 173, 91, new Color(250, 20, 120, 255)));
        g2.fill(new Ellipse2D.Double(5.3, 2.7, 160, 80));
        g2.setPaint(new Color(0, 0, 0, 140));
        g2.fill(new Ellipse2D.Double(60.5, 30.25, 40, 20));
        g2.dispose();
        return canvas;
    }

    @Test
    void theSharedImageHoldsTheCanvasPixelsUnchanged() {
        BufferedImage canvas = drawing();
        int[] drawn = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData().clone();

        WritableImage shown = ChartPicture.shared(canvas);
        int[] read = new int[drawn.length];
        shown.getPixelReader().getPixels(0, 0, 173, 91, PixelFormat.getIntArgbPreInstance(), IntBuffer.wrap(read),
                173);

        assertThat(shown.getWidth()).isEqualTo(173);
        assertThat(shown.getHeight()).isEqualTo(91);
        assertThat(read).isEqualTo(drawn);
    }

    @Test
    void theSharedImageReadsLikeACopiedOne() {
        BufferedImage canvas = drawing();

        PixelReader shared = ChartPicture.shared(canvas).getPixelReader();
        PixelReader copied = SwingFXUtils.toFXImage(canvas, null).getPixelReader();

        for (int y = 0; y < 91; y++) {
            for (int x = 0; x < 173; x++) {
                assertThat(shared.getArgb(x, y)).as("(%d, %d)", x, y).isEqualTo(copied.getArgb(x, y));
            }
        }
    }
}
