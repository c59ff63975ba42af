package gdviz.chart.surface;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.presets.Preset;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A draft frame drawn into an image's pixels is the very frame Java2D draws, pixel for pixel. */
class DraftFrameTest {

    @ParameterizedTest
    @MethodSource("gdviz.chart.surface.Surfaces#twoVariablePresets")
    void aDraftFrameDrawnIntoThePixelsIsJava2DsFrame(Preset preset) {
        SurfaceChart surface = Surfaces.chart(preset, SurfaceChart.STILL_CELLS);
        surface.showPath(Surfaces.descent(surface.spec().function(), preset), 12);
        surface.setMoving(true);
        // The window's sizes: a fractional layout width, and HiDPI scales with it.
        double[][] views = {{517.5, 402, 1}, {300.25, 250.5, 2}, {517.5, 402, 1.25}};
        for (double[] view : views) {
            double[] size = {view[0], view[1]};
            double scale = view[2];
            surface.fitTo(size[0], size[1]);
            for (int turn = 0; turn < 2; turn++) {
                surface.rotate(0.9, turn == 1 ? -0.3 : 0.2);
                assertThat(pixels(direct(surface, size, scale)))
                        .as("%s at %s × %s, scale %s, turn %d", preset.name(), size[0], size[1], scale, turn)
                        .isEqualTo(pixels(java2d(surface, size, scale)));
            }
        }
    }

    @Test
    void inADraftFrameEveryFaceOfTheSurfaceIsFilledStraightIntoThePixels() {
        SurfaceChart surface = Surfaces.chart(Surfaces.preset("Rosenbrock"), SurfaceChart.STILL_CELLS);
        surface.setMoving(true);
        surface.fitTo(600, 500);
        BufferedImage image = new BufferedImage(600, 500, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g2 = image.createGraphics();
        DirectFillGraphics direct = (DirectFillGraphics) DirectFillGraphics.over(image, g2);

        surface.draw(direct, new Rectangle2D.Double(0, 0, 600, 500));

        assertThat(direct.filledDirectly()).isGreaterThanOrEqualTo(Surfaces.mesh(surface.composeWorld()).getFaceCount());
    }

    private static BufferedImage direct(SurfaceChart surface, double[] size, double scale) {
        BufferedImage image = image(size, scale);
        surface.drawInto(image, scale, new Rectangle2D.Double(0, 0, size[0], size[1]));
        return image;
    }

    private static BufferedImage java2d(SurfaceChart surface, double[] size, double scale) {
        BufferedImage image = image(size, scale);
        Graphics2D g2 = image.createGraphics();
        g2.scale(scale, scale);
        surface.draw(g2, new Rectangle2D.Double(0, 0, size[0], size[1]));
        g2.dispose();
        return image;
    }

    private static BufferedImage image(double[] size, double scale) {
        return new BufferedImage((int) Math.ceil(size[0] * scale), (int) Math.ceil(size[1] * scale),
                BufferedImage.TYPE_INT_ARGB_PRE);
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
