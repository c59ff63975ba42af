package gdviz.chart.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Trajectory;
import gdviz.core.grid.Domain;
import gdviz.core.presets.Preset;
import java.awt.Color;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart3d.graphics3d.Point3D;
import org.jfree.chart3d.graphics3d.World;
import org.junit.jupiter.api.Test;

/** The descent path lying on the surface. */
class SurfacePathTest {

    private final Preset bowl = Surfaces.preset("Bowl");
    private final DifferentiableFunction f = Surfaces.function(bowl.expression());
    private final Trajectory run = Surfaces.descent(f, bowl);
    private final SurfaceChart surface = SurfaceChart.create(Surfaces.spec(f, bowl.domain()), 40);

    @Test
    void everyMarkerRestsOnTheSurfaceAtItsStep() {
        surface.showPath(run, run.size() - 1);
        WorldMapping mapping = Surfaces.mapping(surface);

        List<Solid> markers = Surfaces.markers(surface.composeWorld());

        assertThat(markers).hasSizeGreaterThan(5);
        for (Solid marker : markers) {
            int k = Surfaces.step(marker);
            Bounds box = Bounds.of(Surfaces.faceCorners(marker));
            double x = mapping.worldToX(box.centreX());
            double y = mapping.depthToY(box.centreZ());
            assertThat(x).as("x of step %d", k).isCloseTo(run.coordinate(k, 0), within(1e-9));
            assertThat(y).as("y of step %d", k).isCloseTo(run.coordinate(k, 1), within(1e-9));
            // The lowest point of the marker touches the surface: its height is f there.
            assertThat(mapping.heightToF(box.minY())).as("f at step %d", k)
                    .isCloseTo(f.value(x, y), within(1e-9 * surface.spec().heights().span()));
        }
    }

    @Test
    void otherRunsLieBesideThePathInTheirColoursUpToTheirOwnSteps() {
        Color blue = new Color(0x0072B2);
        Color orange = new Color(0xE69F00);
        surface.showPath(run, run.size() - 1);
        surface.showOtherRuns(List.of(new SurfaceRun(run, 2, blue), new SurfaceRun(run, run.size() - 1, orange)));

        List<Solid> markers = Surfaces.markers(surface.composeWorld());

        assertThat(markers.stream().filter(m -> m.getColor().equals(blue))).extracting(Surfaces::step)
                .contains(2).allMatch(k -> k <= 2);
        assertThat(markers.stream().filter(m -> m.getColor().equals(orange))).extracting(Surfaces::step)
                .contains(run.size() - 1);
        assertThat(Surfaces.tubes(surface.composeWorld())).extracting(Solid::getColor).contains(blue, orange);

        surface.showOtherRuns(List.of());
        assertThat(Surfaces.markers(surface.composeWorld())).noneMatch(m -> m.getColor().equals(blue)
                || m.getColor().equals(orange));
    }

    @Test
    void onlyStepsUpToTheCurrentOneShowWithStartAndCurrentHighlighted() {
        surface.showPath(run, 3);

        List<Solid> markers = Surfaces.markers(surface.composeWorld());

        assertThat(markers).extracting(Surfaces::step).contains(0, 3).allMatch(k -> k <= 3);
        Solid start = markers.stream().filter(m -> Surfaces.step(m) == 0).findFirst().orElseThrow();
        Solid current = markers.stream().filter(m -> Surfaces.step(m) == 3).findFirst().orElseThrow();
        double startSize = Bounds.of(Surfaces.faceCorners(start)).width();
        double currentSize = Bounds.of(Surfaces.faceCorners(current)).width();
        for (Solid dot : markers) {
            if (dot != start && dot != current) {
                assertThat(Bounds.of(Surfaces.faceCorners(dot)).width()).isLessThan(startSize / 2);
            }
        }
        assertThat(currentSize).isGreaterThan(startSize);
        assertThat(start.getColor()).isNotEqualTo(current.getColor());
    }

    @Test
    void theTubeRunsFromTheStartToTheCurrentPointOverTheSurface() {
        surface.showPath(run, 2);
        WorldMapping mapping = Surfaces.mapping(surface);

        List<Solid> tubes = Surfaces.tubes(surface.composeWorld());

        assertThat(tubes).hasSize(1);
        List<Point3D> corners = Surfaces.faceCorners(tubes.get(0));
        Bounds box = Bounds.of(corners);
        double slack = 2 * PathShapes.TUBE_HALF_WIDTH;
        assertThat(box.minX()).isCloseTo(mapping.worldX(Math.min(run.coordinate(0, 0), run.coordinate(2, 0))),
                within(slack));
        assertThat(box.maxX()).isCloseTo(mapping.worldX(Math.max(run.coordinate(0, 0), run.coordinate(2, 0))),
                within(slack));
        for (Point3D corner : corners) {
            double surfaceHeight = mapping.worldHeight(f.value(mapping.worldToX(corner.x),
                    mapping.depthToY(corner.z)));
            // Draped over the surface, never below it by more than the tube's own thickness.
            assertThat(corner.y).isGreaterThan(surfaceHeight - slack);
        }
    }

    @Test
    void aNewFrameRebuildsThePathButReusesTheSurfaceAndTellsTheViewer() {
        AtomicInteger changes = new AtomicInteger();
        surface.chart().addChangeListener(event -> changes.incrementAndGet());
        surface.showPath(run, 1);
        World before = surface.composeWorld();

        surface.showPath(run, 2);
        World after = surface.composeWorld();

        assertThat(Surfaces.mesh(after)).isSameAs(Surfaces.mesh(before));
        assertThat(Surfaces.markers(after)).hasSizeGreaterThan(Surfaces.markers(before).size());
        assertThat(changes).hasValue(2);

        surface.clearPath();

        assertThat(Surfaces.markers(surface.composeWorld())).isEmpty();
        assertThat(Surfaces.tubes(surface.composeWorld())).isEmpty();
    }

    @Test
    void aDivergingPathIsCutAtTheEdgeOfTheBox() {
        Trajectory wild = new Descent(f, new GradientDescent(), DescentSettings.withRate(1.05))
                .trace(new double[] {4, -3});
        WorldMapping mapping = Surfaces.mapping(surface);

        surface.showPath(wild, wild.size() - 1);
        World world = surface.composeWorld();

        assertThat(wild.size()).isGreaterThan(20);
        for (Solid marker : Surfaces.markers(world)) {
            Bounds box = Bounds.of(Surfaces.faceCorners(marker));
            assertThat(bowl.domain().contains(mapping.worldToX(box.centreX()), mapping.depthToY(box.centreZ())))
                    .isTrue();
        }
        Bounds tube = Bounds.of(Surfaces.faceCorners(Surfaces.tubes(world).get(0)));
        double slack = 2 * PathShapes.TUBE_HALF_WIDTH;
        assertThat(tube.minX()).isGreaterThanOrEqualTo(mapping.worldX(bowl.domain().xMin()) - slack);
        assertThat(tube.maxX()).isLessThanOrEqualTo(mapping.worldX(bowl.domain().xMax()) + slack);
        assertThat(tube.maxY()).isLessThanOrEqualTo(mapping.worldHeight(surface.spec().heights().max()) + slack);
        assertThatCode(() -> surface.toImage(200, 150)).doesNotThrowAnyException();
    }

    @Test
    void aPathStartingWhereTheFunctionIsUndefinedShowsNothingAndDrawsFine() {
        DifferentiableFunction log = Surfaces.function("log(x) + y^2");
        SurfaceChart logSurface = SurfaceChart.create(Surfaces.spec(log, Domain.centred(2)), 20);
        Trajectory undefined = new Descent(log, new GradientDescent(), DescentSettings.withRate(0.1))
                .trace(new double[] {-1, 0.5});

        logSurface.showPath(undefined, undefined.size() - 1);

        assertThat(Surfaces.markers(logSurface.composeWorld())).isEmpty();
        assertThatCode(() -> logSurface.toImage(200, 150)).doesNotThrowAnyException();
    }

    /** The axis-aligned box around some world points. */
    record Bounds(double minX, double maxX, double minY, double maxY, double minZ, double maxZ) {
        static Bounds of(List<Point3D> points) {
            return new Bounds(points.stream().mapToDouble(p -> p.x).min().orElseThrow(),
                    points.stream().mapToDouble(p -> p.x).max().orElseThrow(),
                    points.stream().mapToDouble(p -> p.y).min().orElseThrow(),
                    points.stream().mapToDouble(p -> p.y).max().orElseThrow(),
                    points.stream().mapToDouble(p -> p.z).min().orElseThrow(),
                    points.stream().mapToDouble(p -> p.z).max().orElseThrow());
        }

        double centreX() {
            return (minX + maxX) / 2;
        }

        double centreZ() {
            return (minZ + maxZ) / 2;
        }

        double width() {
            return maxX - minX;
        }
    }
}
