package gdviz.chart.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HeightClipTest {

    private final HeightClip clip = new HeightClip();
    private final double[] xs = {0, 1, 0};
    private final double[] ys = {0, 0, 1};

    @Test
    void aTriangleInsideTheSlabComesOutWhole() {
        clip.clip(xs, ys, new double[] {1, 2, 3}, 0, 5);

        assertThat(clip.count()).isEqualTo(3);
        assertThat(new double[] {clip.f(0), clip.f(1), clip.f(2)}).containsExactly(1, 2, 3);
    }

    @Test
    void theSlicesBetweenLevelsCoverTheTriangleExactlyOnce() {
        double[] fs = {0, 4, 10};
        double[] cuts = {0, 1, 3.5, 7, 10};
        double area = 0;

        for (int k = 0; k + 1 < cuts.length; k++) {
            clip.clip(xs, ys, fs, cuts[k], cuts[k + 1]);
            for (int i = 0; i < clip.count(); i++) {
                assertThat(clip.f(i)).isBetween(cuts[k], cuts[k + 1]);
                // Every corner lies on the triangle's plane f = 4x + 10y.
                assertThat(clip.f(i)).isCloseTo(4 * clip.x(i) + 10 * clip.y(i), within(1e-12));
            }
            area += area();
        }

        assertThat(area).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aCornerOnTheCuttingPlaneIsNotRepeated() {
        clip.clip(xs, ys, new double[] {2, 0, 0}, 0, 2);

        assertThat(clip.count()).isEqualTo(3);
        clip.clip(xs, ys, new double[] {2, 0, 4}, 0, 2);
        for (int i = 0; i < clip.count(); i++) {
            int next = (i + 1) % clip.count();
            assertThat(clip.x(i) == clip.x(next) && clip.y(i) == clip.y(next)).as("corner %d repeated", i).isFalse();
        }
        assertThat(clip.count()).isEqualTo(3);
    }

    @Test
    void aTriangleOutsideTheSlabLeavesNoFace() {
        clip.clip(xs, ys, new double[] {6, 7, 8}, 0, 5);

        assertThat(clip.count()).isLessThan(3);
    }

    /** The area of the last result projected on the (x, y) plane, by the shoelace formula. */
    private double area() {
        double twice = 0;
        for (int i = 0; i < clip.count(); i++) {
            int next = (i + 1) % clip.count();
            twice += clip.x(i) * clip.y(next) - clip.x(next) * clip.y(i);
        }
        return Math.abs(twice) / 2;
    }
}
