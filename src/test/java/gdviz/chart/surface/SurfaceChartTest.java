package gdviz.chart.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import gdviz.chart.ContourColorScale;
import gdviz.core.grid.Domain;
import gdviz.core.presets.Preset;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart3d.Chart3D;
import org.jfree.chart3d.graphics3d.Point3D;
import org.jfree.chart3d.graphics3d.ViewPoint3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The surface chart as a viewer sees and handles it, headless. */
class SurfaceChartTest {

    static List<Preset> twoVariablePresets() {
        return Surfaces.twoVariablePresets();
    }

    @ParameterizedTest
    @MethodSource("twoVariablePresets")
    void everyTwoVariablePresetRendersItsSurfaceInSeveralMapColours(Preset preset) {
        SurfaceChart surface = Surfaces.chart(preset, SurfaceChart.STILL_CELLS);
        surface.fitTo(480, 360);

        BufferedImage image = surface.toImage(480, 360);

        ContourColorScale scale = new ContourColorScale(surface.spec().levels(), 0, 1);
        assertThat(bandsSeen(image, surface.spec().levels(), scale)).as(preset.name()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void manySmallRotationsAndZoomsDrawWithoutFailingAndResetReturnsHome() {
        SurfaceChart surface = Surfaces.chart(Surfaces.preset("Himmelblau"), 20);
        surface.fitTo(320, 240);
        ViewPoint3D home = surface.homeView();
        assertThat(surface.chart().getViewPoint()).isEqualTo(home);

        assertThatCode(() -> {
            for (int k = 0; k < 400; k++) {
                // Right round about the vertical axis and up to the highest view, in and out again.
                surface.rotate(0.05, 0.03);
                surface.zoom(k % 40 < 20 ? 0.97 : 1 / 0.97);
                if (k % 25 == 0) {
                    surface.toImage(160, 120);
                }
            }
        }).doesNotThrowAnyException();
        assertThat(surface.chart().getViewPoint()).isNotEqualTo(home);

        surface.resetView();

        assertThat(surface.chart().getViewPoint()).isEqualTo(home);
    }

    @Test
    void turningAndTiltingKeepTheFAxisUprightOnScreen() {
        SurfaceChart surface = Surfaces.chart(Surfaces.preset("Bowl"), 10);
        for (double[] move : new double[][] {{0, 0}, {0.7, 0}, {-2.1, -0.3}, {0.4, 0.9}}) {
            surface.rotate(move[0], move[1]);
            ViewPoint3D view = surface.chart().getViewPoint();
            Point2D floor = view.worldToScreen(new Point3D(0, 0, 0), 1000);
            Point2D above = view.worldToScreen(new Point3D(0, 1, 0), 1000);
            // Screen y grows downwards: straight up is a change in y alone, to smaller values.
            assertThat(above.getX() - floor.getX()).isCloseTo(0, within(1e-6));
            assertThat(above.getY()).isLessThan(floor.getY());
        }
    }

    @Test
    void tiltingStopsShortOfLookingStraightDown() {
        SurfaceChart surface = Surfaces.chart(Surfaces.preset("Bowl"), 10);
        double rho = surface.chart().getViewPoint().getRho();

        surface.rotate(0, -10);

        ViewPoint3D view = surface.chart().getViewPoint();
        assertThat(Math.toDegrees(Math.asin(view.getY() / view.getRho()))).isCloseTo(85, within(1e-6));
        assertThat(view.getRho()).isCloseTo(rho, within(1e-9));
    }

    @Test
    void zoomStaysBetweenOneAndEightBoxDiagonals() {
        SurfaceChart surface = Surfaces.chart(Surfaces.preset("Bowl"), 10);
        double diagonal = surface.chart().getDimensions().getDiagonalLength();

        surface.zoom(1e-6);
        assertThat(surface.chart().getViewPoint().getRho()).isEqualTo(diagonal, org.assertj.core.api.Assertions.within(1e-9));
        surface.zoom(1e6);
        assertThat(surface.chart().getViewPoint().getRho()).isEqualTo(8 * diagonal, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void fittingToALargerAreaBringsTheViewCloser() {
        SurfaceChart surface = Surfaces.chart(Surfaces.preset("Bowl"), 10);

        surface.fitTo(400, 300);
        double small = surface.chart().getViewPoint().getRho();
        surface.fitTo(1600, 1200);

        assertThat(surface.chart().getViewPoint().getRho()).isLessThan(small);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"440, 340", "440, 380", "400, 300", "520, 360", "640, 480"})
    void inPresentationSizeTextTheLabelsStayInsideTheArea(int width, int height) {
        // About the surface's share of a 1280 × 800 window in presentation mode and larger; text 1.8 times the
        // standard size.
        Preset bowl = Surfaces.preset("Bowl");
        SurfaceChart surface = SurfaceChart.create(Surfaces.spec(Surfaces.function(bowl.expression()), bowl.domain()),
                10, gdviz.chart.ChartLook.light().scaled(1.8));
        surface.fitTo(width, height);

        BufferedImage image = surface.toImage(width, height);

        int background = image.getRGB(0, 0);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y : new int[] {0, 1, image.getHeight() - 2, image.getHeight() - 1}) {
                assertThat(image.getRGB(x, y)).as("pixel (%d, %d) on the edge", x, y).isEqualTo(background);
            }
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x : new int[] {0, 1, image.getWidth() - 2, image.getWidth() - 1}) {
                assertThat(image.getRGB(x, y)).as("pixel (%d, %d) on the edge", x, y).isEqualTo(background);
            }
        }
    }

    @Test
    void inASmallAreaTheBoxLeavesRoomForItsLabels() {
        SurfaceChart surface = Surfaces.chart(Surfaces.preset("Bowl"), 10);

        surface.fitTo(240, 240);

        // The box's corners as drawn, about the centre of the area: 60 pixels from every edge, give or take the
        // pixel or two to which Orson finds the distance.
        ViewPoint3D view = surface.chart().getViewPoint();
        var box = surface.chart().getDimensions();
        double widest = 0;
        for (int corner = 0; corner < 8; corner++) {
            Point3D p = new Point3D(((corner & 1) - 0.5) * box.getWidth(), ((corner >> 1 & 1) - 0.5) * box.getHeight(),
                    ((corner >> 2 & 1) - 0.5) * box.getDepth());
            Point2D drawn = view.worldToScreen(p, surface.chart().getProjDistance());
            widest = Math.max(widest, Math.max(Math.abs(drawn.getX()), Math.abs(drawn.getY())));
        }
        assertThat(widest).isLessThanOrEqualTo(120 - 60 + 2);
    }

    @Test
    void movingSwitchesToACoarseDraftMeshAndStillBackToTheFullOne() {
        SurfaceChart surface = Surfaces.chart(Surfaces.preset("Bowl"), SurfaceChart.STILL_CELLS);
        int fullFaces = Surfaces.mesh(surface.composeWorld()).getFaceCount();

        surface.setMoving(true);

        assertThat(surface.cells()).isEqualTo(SurfaceChart.ROTATING_CELLS);
        assertThat(surface.isDraft()).isTrue();
        SurfaceMesh draft = Surfaces.mesh(surface.composeWorld());
        assertThat(draft.getFaceCount()).isLessThan(fullFaces / 3);
        assertThat(draft.getOutline()).isFalse();

        surface.setMoving(false);

        assertThat(surface.cells()).isEqualTo(SurfaceChart.STILL_CELLS);
        assertThat(surface.isDraft()).isFalse();
        assertThat(surface.chart().getAntiAlias()).isTrue();
        assertThat(Surfaces.mesh(surface.composeWorld()).getOutline()).isTrue();
    }

    @Test
    void axesAreNamedAfterTheVariablesAndTheFunction() {
        SurfaceChart surface = Surfaces.chart(Surfaces.preset("Two weights"), 10);
        var plot = (org.jfree.chart3d.plot.XYZPlot) surface.chart().getPlot();

        assertThat(label(plot.getXAxis())).isEqualTo("w1");
        assertThat(label(plot.getZAxis())).isEqualTo("w2");
        assertThat(label(plot.getYAxis())).isEqualTo("f(w1, w2)");
    }

    @Test
    void badArgumentsAreRefusedWithOneLineMessages() {
        SurfaceSpec bowl = Surfaces.spec(Surfaces.function("x^2 + y^2"), Domain.centred(1));

        assertThatThrownBy(() -> SurfaceChart.create(bowl, 1)).hasMessage(
                "a surface mesh needs 2 to 400 cells a side, not 1");
        assertThatThrownBy(() -> new SurfaceSpec(Surfaces.function("x^2"), Domain.centred(1), bowl.heights(),
                new double[0], null)).hasMessage(
                "a surface needs a function of two variables, not 1");
        SurfaceChart surface = SurfaceChart.create(bowl, 4);
        assertThatThrownBy(() -> surface.toImage(0, 10)).hasMessage("an image needs a positive size, not 0 × 10");
        assertThatThrownBy(() -> surface.rotate(Double.NaN, 0)).hasMessage(
                "a turn angle must be a finite number, not NaN");
        assertThatThrownBy(() -> surface.zoom(0)).hasMessage("a zoom factor must be a positive number, not 0.0");
    }

    private static String label(org.jfree.chart3d.axis.ValueAxis3D axis) {
        return ((org.jfree.chart3d.axis.AbstractAxis3D) axis).getLabel();
    }

    /** The bands whose colour, darkened or lightened only by shading, appears in {@code image}. */
    static Set<Integer> bandsSeen(BufferedImage image, double[] levels, ContourColorScale scale) {
        Color[] bands = new Color[levels.length + 1];
        for (int k = 0; k < bands.length; k++) {
            bands[k] = scale.valueToColor(k == 0 ? levels[0] - 1 : levels[k - 1]);
        }
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                int band = shadeOf(pixel, bands);
                if (band >= 0) {
                    seen.add(band);
                }
            }
        }
        return seen;
    }

    /**
     * The band whose colour {@code pixel} is a shade of (nearest in direction in RGB, as Orson's shading scales
     * all three channels alike), or −1 for greys, dark pixels whose rounding blurs the direction, and colours
     * that are no band's shade.
     */
    private static int shadeOf(Color pixel, Color[] bands) {
        double[] p = {pixel.getRed(), pixel.getGreen(), pixel.getBlue()};
        double brightest = Math.max(p[0], Math.max(p[1], p[2]));
        if (brightest < 60 || brightest - Math.min(p[0], Math.min(p[1], p[2])) < 24) {
            return -1;
        }
        int best = -1;
        double bestCosine = 0.999;
        for (int k = 0; k < bands.length; k++) {
            double[] c = {bands[k].getRed(), bands[k].getGreen(), bands[k].getBlue()};
            double cosine = (p[0] * c[0] + p[1] * c[1] + p[2] * c[2]) / (length(p) * length(c));
            if (cosine > bestCosine) {
                best = k;
                bestCosine = cosine;
            }
        }
        return best;
    }

    private static double length(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    @Test
    void surfacesNoLongerUsedAreLetGo() throws InterruptedException {
        // A window builds a surface per function, region and theme; the old ones, with meshes of tens of
        // thousands of faces each, must not stay reachable from anything shared.
        List<WeakReference<Chart3D>> built = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            SurfaceChart surface = Surfaces.chart(Surfaces.preset("Himmelblau"), SurfaceChart.MIN_CELLS);
            surface.toImage(40, 30);
            built.add(new WeakReference<>(surface.chart()));
        }

        long kept = built.size();
        for (int attempt = 0; attempt < 20 && kept > 0; attempt++) {
            System.gc();
            Thread.sleep(50);
            kept = built.stream().filter(ref -> ref.get() != null).count();
        }
        assertThat(kept).as("surfaces still reachable after they were dropped").isZero();
    }
}
