package gdviz.chart.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.util.List;
import org.jfree.chart3d.graphics3d.Face;
import org.jfree.chart3d.graphics3d.Point3D;
import org.junit.jupiter.api.Test;

/** The path's solids face outwards, so that Orson shows their near side and shades them lit from outside. */
class SolidsTest {

    private final Vec centre = new Vec(1, 2, 3);

    @Test
    void aRoundBallHas32OutwardFacesOnItsSphere() {
        Solid ball = Ball.create(centre, 0.5, Color.RED, true);

        assertThat(ball.getFaceCount()).isEqualTo(32);
        for (Face face : ball.getFaces()) {
            assertThat(outwardness(ball, face, centre)).isPositive();
            for (Point3D corner : Surfaces.corners(ball, face)) {
                assertThat(Vec.of(corner).minus(centre).length()).isCloseTo(0.5, within(1e-12));
            }
        }
        assertThat(Ball.create(centre, 0.5, Color.RED, false).getFaceCount()).isEqualTo(8);
    }

    @Test
    void tubeSidesFaceAwayFromItsAxis() {
        Tube tube = new Tube(Color.RED, 0.1);
        tube.lineTo(new Vec(0, 0, 0));
        tube.lineTo(new Vec(1, 0.5, 0));
        tube.lineTo(new Vec(1, 3, 0)); // straight up a wall: the level side must still exist
        tube.breakLine();

        assertThat(tube.solid().getFaceCount()).isEqualTo(8);
        List<Face> faces = tube.solid().getFaces();
        for (int k = 0; k < faces.size(); k++) {
            Vec axisMiddle = k < 4 ? new Vec(0.5, 0.25, 0) : new Vec(1, 1.75, 0);
            assertThat(outwardness(tube.solid(), faces.get(k), axisMiddle)).as("face %d", k).isPositive();
        }
    }

    @Test
    void tinyStepsAreMergedButTheLineStillReachesItsEnd() {
        Tube tube = new Tube(Color.RED, 0.01);
        tube.lineTo(new Vec(0, 0, 0));
        for (int k = 1; k <= 100; k++) {
            tube.lineTo(new Vec(0.001 * k, 0, 0));
        }
        tube.breakLine();

        // 0.1 in steps of 0.001 with pieces of at least 0.05: two pieces, the last ending at 0.1.
        assertThat(tube.solid().getFaceCount()).isEqualTo(8);
        double reach = Surfaces.faceCorners(tube.solid()).stream().mapToDouble(p -> p.x).max().orElseThrow();
        assertThat(reach).isCloseTo(0.1, within(1e-12));
    }

    /** The right-hand normal of {@code face} dotted with the direction from {@code inside} to the face. */
    private static double outwardness(Solid solid, Face face, Vec inside) {
        List<Point3D> c = Surfaces.corners(solid, face);
        Vec a = Vec.of(c.get(0));
        Vec normal = Vec.of(c.get(1)).minus(a).cross(Vec.of(c.get(2)).minus(a));
        Vec middle = new Vec(0, 0, 0);
        for (Point3D p : c) {
            middle = middle.plus(Vec.of(p).times(1.0 / c.size()));
        }
        return normal.dot(middle.minus(inside));
    }
}
