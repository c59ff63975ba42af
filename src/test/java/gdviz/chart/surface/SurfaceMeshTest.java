package gdviz.chart.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import gdviz.chart.ContourColorScale;
import gdviz.core.DifferentiableFunction;
import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;
import gdviz.core.presets.Preset;
import java.util.List;
import org.jfree.chart3d.data.Range;
import org.jfree.chart3d.graphics3d.Face;
import org.jfree.chart3d.graphics3d.Point3D;
import org.jfree.chart3d.plot.XYZPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The surface's faces: where they are, where they are not, and their colours. */
class SurfaceMeshTest {

    @Test
    void whereTheFunctionIsUndefinedNothingIsDrawnAndNothingSpikes() {
        DifferentiableFunction log = Surfaces.function("log(x) + y^2");
        SurfaceChart surface = SurfaceChart.create(Surfaces.spec(log, Domain.centred(2)), SurfaceChart.STILL_CELLS);
        WorldMapping mapping = Surfaces.mapping(surface);
        HeightRange heights = surface.spec().heights();

        assertThatCode(() -> surface.toImage(400, 300)).doesNotThrowAnyException();
        List<Point3D> corners = Surfaces.faceCorners(Surfaces.mesh(surface.composeWorld()));

        assertThat(corners).isNotEmpty();
        for (Point3D corner : corners) {
            assertThat(mapping.worldToX(corner.x)).isPositive();
            assertThat(mapping.heightToF(corner.y)).isBetween(heights.min() - 1e-9, heights.max() + 1e-9);
        }
        // The half x > 0 is there: its far corner (2, 2) is on the surface.
        assertThat(corners).anyMatch(c -> Math.abs(mapping.worldToX(c.x) - 2) < 1e-9
                && Math.abs(mapping.depthToY(c.z) - 2) < 1e-9);
    }

    @Test
    void rosenbrockIsClippedSoTheFAxisIsNotTheWholeRange() {
        Preset rosenbrock = Surfaces.preset("Rosenbrock");
        SurfaceChart surface = Surfaces.chart(rosenbrock, SurfaceChart.STILL_CELLS);
        SampledGrid grid = SampledGrid.sample(Surfaces.function(rosenbrock.expression()), rosenbrock.domain(),
                101, 101);
        HeightRange heights = surface.spec().heights();
        WorldMapping mapping = Surfaces.mapping(surface);

        Range fAxis = ((XYZPlot) surface.chart().getPlot()).getYAxis().getRange();

        assertThat(grid.max()).isGreaterThan(2500);
        assertThat(fAxis.getMin()).isEqualTo(heights.min());
        assertThat(fAxis.getMax()).isEqualTo(heights.max()).isLessThan(grid.max() / 2);
        List<Point3D> corners = Surfaces.faceCorners(Surfaces.mesh(surface.composeWorld()));
        double top = mapping.worldHeight(heights.max());
        assertThat(corners).allMatch(c -> c.y <= top + 1e-9);
        // The walls are cut flat at the top rather than left out.
        assertThat(corners).filteredOn(c -> Math.abs(c.y - top) < 1e-9).hasSizeGreaterThan(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Himmelblau", "Rosenbrock", "Rastrigin", "Saddle"})
    void eachFaceLiesInOneBandAndTakesThatBandsColour(String name) {
        SurfaceChart surface = Surfaces.chart(Surfaces.preset(name), SurfaceChart.ROTATING_CELLS);
        WorldMapping mapping = Surfaces.mapping(surface);
        double[] levels = surface.spec().levels();
        HeightRange heights = surface.spec().heights();
        ContourColorScale scale = new ContourColorScale(levels, heights.min(), heights.max());
        double tolerance = 1e-9 * heights.span();
        SurfaceMesh mesh = Surfaces.mesh(surface.composeWorld());

        for (Face face : mesh.getFaces()) {
            List<Point3D> corners = Surfaces.corners(mesh, face);
            double low = corners.stream().mapToDouble(c -> mapping.heightToF(c.y)).min().orElseThrow();
            double high = corners.stream().mapToDouble(c -> mapping.heightToF(c.y)).max().orElseThrow();
            int band = bandOf((low + high) / 2, levels);
            assertThat(band == 0 || low >= levels[band - 1] - tolerance).isTrue();
            assertThat(band == levels.length || high <= levels[band] + tolerance).isTrue();
            assertThat(face.getColor()).isEqualTo(scale.valueToColor((low + high) / 2));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Himmelblau", "Rosenbrock", "Beale", "Six-hump camel"})
    void noFaceIsDegenerateSoNoneIsShadedBlack(String name) {
        SurfaceMesh mesh = Surfaces.mesh(Surfaces.chart(Surfaces.preset(name), SurfaceChart.STILL_CELLS)
                .composeWorld());

        for (Face face : mesh.getFaces()) {
            List<Point3D> c = Surfaces.corners(mesh, face);
            Vec a = new Vec(c.get(0).x, c.get(0).y, c.get(0).z);
            Vec b = new Vec(c.get(1).x, c.get(1).y, c.get(1).z);
            Vec d = new Vec(c.get(2).x, c.get(2).y, c.get(2).z);
            // Orson shades by the normal of the first three corners; a zero normal would paint the face black.
            assertThat(b.minus(a).cross(d.minus(a)).length()).isGreaterThan(1e-12);
        }
    }

    @Test
    void eachMeshSizeIsBuiltOnceAndKept() {
        SurfaceChart surface = Surfaces.chart(Surfaces.preset("Bowl"), SurfaceChart.STILL_CELLS);
        SurfaceMesh fine = Surfaces.mesh(surface.composeWorld());

        surface.setCells(SurfaceChart.ROTATING_CELLS);
        SurfaceMesh coarse = Surfaces.mesh(surface.composeWorld());
        surface.setCells(SurfaceChart.STILL_CELLS);

        assertThat(coarse).isNotSameAs(fine);
        assertThat(Surfaces.mesh(surface.composeWorld())).isSameAs(fine);
        // 80 × 80 cells of two triangles each, a few more where bands cut them.
        assertThat(fine.getFaceCount()).isGreaterThanOrEqualTo(2 * 80 * 80);
        assertThat(coarse.getFaceCount()).isGreaterThanOrEqualTo(2 * 40 * 40).isLessThan(2 * 80 * 80);
    }

    private static int bandOf(double value, double[] levels) {
        int band = 0;
        while (band < levels.length && levels[band] <= value) {
            band++;
        }
        return band;
    }
}
