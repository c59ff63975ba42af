package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.grid.Domain;
import gdviz.core.grid.IsoLine;
import gdviz.core.grid.MarchingSquares;
import gdviz.core.grid.SampledGrid;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolylinesTest {

    /** The unit square's border as four loose segments, in scrambled order and directions. */
    private static final double[] SQUARE = {1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 1, 0, 0};

    @Test
    void segmentsThatMeetBecomeOneClosedLine() {
        List<double[]> lines = Polylines.join(SQUARE);

        assertThat(lines).hasSize(1);
        double[] ring = lines.get(0);
        assertThat(ring).hasSize(10);
        assertThat(ring[0]).isEqualTo(ring[8]);
        assertThat(ring[1]).isEqualTo(ring[9]);
    }

    @Test
    void segmentsApartStayApartAndNoneIsLost() {
        double[] apart = {0, 0, 1, 0, 1, 0, 2, 0, 5, 5, 6, 6};

        List<double[]> lines = Polylines.join(apart);

        assertThat(lines).hasSize(2);
        assertThat(lines.stream().mapToInt(l -> l.length / 2 - 1).sum()).isEqualTo(3);
    }

    @Test
    void everyTracedSegmentIsInExactlyOneLine() {
        Domain domain = Domain.centred(3);
        SampledGrid grid = SampledGrid.sample(new Fixtures.Bowl(), domain, 80, 60);
        IsoLine line = MarchingSquares.trace(grid, 4.0);

        List<double[]> joined = Polylines.join(line.segments());

        assertThat(joined.stream().mapToInt(l -> l.length / 2 - 1).sum()).isEqualTo(line.segmentCount());
        // A level curve of a bowl is one ring inside the map: traced cell by cell, it joins up whole.
        assertThat(joined).hasSize(1);
    }

    @Test
    void segmentsMeetingAtOnePointAreJoinedInTheOrderTheyCame() {
        // Four spokes from the origin, as marching squares gives where a level runs exactly through a sample.
        double[] star = {0, 0, 1, 0, 0, 1, 0, 0, 0, 0, -1, 0, 0, -1, 0, 0};

        List<double[]> lines = Polylines.join(star);

        // The first spoke goes on with the second (which ends there), the third with the fourth.
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).containsExactly(0, 1, 0, 0, 1, 0);
        assertThat(lines.get(1)).containsExactly(0, -1, 0, 0, -1, 0);
    }

    @Test
    void endsThatDifferInTheLastBitStayApart() {
        double near = Math.nextUp(1.0);
        double[] almost = {0, 0, 1, 1, near, 1, 2, 2};

        assertThat(Polylines.join(almost)).hasSize(2);
    }

    @Test
    void verticesOnAStraightRunAreLeftOutAndCornersKept() {
        double[] bent = {0, 0, 1, 0, 2, 0, 3, 0, 3, 1, 3, 2, 3, 3};
        MapGeometry identity = new MapGeometry(0, 0, 10, 10, new Domain(0, 10, 0, 10));
        Path2D.Double path = new Path2D.Double();

        Polylines.append(path, flipY(bent, 10), identity);

        assertThat(vertices(path)).containsExactly(List.of(0.0, 0.0), List.of(3.0, 0.0), List.of(3.0, 3.0));
    }

    @Test
    void aCurveStaysWithinTheToleranceOfItsThinnedLine() {
        int n = 400;
        double[] circle = new double[2 * (n + 1)];
        for (int k = 0; k <= n; k++) {
            circle[2 * k] = 50 + 40 * Math.cos(2 * Math.PI * k / n);
            circle[2 * k + 1] = 50 + 40 * Math.sin(2 * Math.PI * k / n);
        }
        MapGeometry identity = new MapGeometry(0, 0, 100, 100, new Domain(0, 100, 0, 100));
        Path2D.Double path = new Path2D.Double();

        Polylines.append(path, circle, identity);

        List<List<Double>> kept = vertices(path);
        assertThat(kept.size()).isLessThan(n / 4);
        for (int k = 0; k <= n; k++) {
            double x = circle[2 * k];
            double y = 100 - circle[2 * k + 1];
            double nearest = Double.POSITIVE_INFINITY;
            for (int s = 0; s + 1 < kept.size(); s++) {
                nearest = Math.min(nearest, distanceToSegment(x, y, kept.get(s), kept.get(s + 1)));
            }
            assertThat(nearest).isLessThanOrEqualTo(Polylines.TOLERANCE + 1e-9);
        }
    }

    private static double[] flipY(double[] xy, double height) {
        double[] out = xy.clone();
        for (int k = 1; k < out.length; k += 2) {
            out[k] = height - out[k];
        }
        return out;
    }

    private static List<List<Double>> vertices(Path2D path) {
        List<List<Double>> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            it.currentSegment(c);
            out.add(List.of(c[0], c[1]));
        }
        return out;
    }

    private static double distanceToSegment(double x, double y, List<Double> a, List<Double> b) {
        double dx = b.get(0) - a.get(0);
        double dy = b.get(1) - a.get(1);
        double t = Math.max(0, Math.min(1, ((x - a.get(0)) * dx + (y - a.get(1)) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(x - a.get(0) - t * dx, y - a.get(1) - t * dy);
    }
}
