package gdviz.chart.surface;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.DifferentiableFunction;
import gdviz.core.presets.Preset;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart3d.graphics3d.Face;
import org.jfree.chart3d.graphics3d.Point3D;
import org.jfree.chart3d.graphics3d.ViewPoint3D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Putting faces in paint order before the chart's own painter's sort changes nothing on screen, and the draft
 * drawn while the view moves shows the same surface as the full drawing.
 */
class PaintOrderTest {

    private static final int WIDTH = 440;
    private static final int HEIGHT = 430;

    /** A chart of the preset with its descent path shown up to the middle step, fitted to the picture. */
    private static SurfaceChart withPath(String presetName) {
        Preset preset = Surfaces.preset(presetName);
        DifferentiableFunction f = Surfaces.function(preset.expression());
        SurfaceChart surface = Surfaces.chart(preset, SurfaceChart.STILL_CELLS);
        var run = Surfaces.descent(f, preset);
        surface.showPath(run, (run.size() - 1) / 2);
        surface.fitTo(WIDTH, HEIGHT);
        return surface;
    }

    private static BufferedImage paint(SurfaceChart surface, boolean arranged) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g2 = image.createGraphics();
        try {
            Rectangle2D area = new Rectangle2D.Double(0, 0, WIDTH, HEIGHT);
            if (arranged) {
                surface.draw(g2, area);
            } else {
                surface.chart().draw(g2, area);
            }
        } finally {
            g2.dispose();
        }
        return image;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void facesInPaintOrderGiveTheSamePixelsAsTheChartAlone(boolean moving) {
        SurfaceChart arranged = withPath("Rosenbrock");
        SurfaceChart alone = withPath("Rosenbrock");
        arranged.setMoving(moving);
        alone.setMoving(moving);
        for (int turn = 0; turn < 6; turn++) {
            assertThat(mismatches(paint(arranged, true), paint(alone, false))).as("turn " + turn).isZero();
            arranged.rotate(0.9, 0.05);
            alone.rotate(0.9, 0.05);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rosenbrock", "Himmelblau"})
    void arrangingPutsEveryFaceOnceInTheOrderOfItsMeanDepth(String presetName) {
        SurfaceChart surface = withPath(presetName);
        SurfaceMesh mesh = Surfaces.mesh(surface.composeWorld());
        List<Face> before = new ArrayList<>(mesh.getFaces());
        ViewPoint3D view = surface.chart().getViewPoint();

        new DepthOrder(mesh).arrange(view);

        List<Face> after = mesh.getFaces();
        assertThat(after).containsExactlyInAnyOrderElementsOf(before);
        Point3D[] eye = mesh.calculateEyeCoordinates(view);
        for (int k = 1; k < after.size(); k++) {
            float previous = DepthOrder.meanDepth(after.get(k - 1), eye);
            float next = DepthOrder.meanDepth(after.get(k), eye);
            assertThat(previous).isLessThanOrEqualTo(next);
            if (previous == next) {
                // ties keep the order they had, as the chart's stable sort keeps them
                assertThat(before.indexOf(after.get(k - 1))).isLessThan(before.indexOf(after.get(k)));
            }
        }
    }

    /**
     * The draft is coarser and not antialiased, but shows the same surface: its outline covers the same pixels
     * and where both show the surface, almost all pixels have the same colour band within a small shading
     * difference.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Rosenbrock", "Himmelblau", "Bowl"})
    void theDraftShowsTheSameSurfaceInTheSameColoursAsTheFullDrawing(String presetName) {
        SurfaceChart surface = withPath(presetName);
        surface.rotate(0.4, 0);
        BufferedImage full = paint(surface, true);
        surface.setMoving(true);
        BufferedImage draft = paint(surface, true);
        int background = full.getRGB(1, 1);

        int inEither = 0;
        int inBoth = 0;
        int sameColour = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean inFull = full.getRGB(x, y) != background;
                boolean inDraft = draft.getRGB(x, y) != background;
                inEither += inFull || inDraft ? 1 : 0;
                if (inFull && inDraft) {
                    inBoth++;
                    sameColour += closeColours(full.getRGB(x, y), draft.getRGB(x, y)) ? 1 : 0;
                }
            }
        }
        assertThat((double) inBoth / inEither).as("shared outline").isGreaterThan(0.97);
        assertThat((double) sameColour / inBoth).as("same colour where both show something").isGreaterThan(0.9);
    }

    private static boolean closeColours(int a, int b) {
        int tolerance = 24;
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    private static int mismatches(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                count += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return count;
    }
}
