package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.grid.Domain;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The overlay painted on its own over a dark background, so white and vermilion marks stand out. */
class PathPainterTest {

    private static final Color BACKGROUND = new Color(0x404040);
    private static final Color PATH = PathStyle.standard().path();

    /** Data area (50, 50)–(450, 450) showing [-10, 10]²: 20 pixels per unit. */
    private final MapGeometry geometry = MapGeometry.of(new Rectangle2D.Double(50, 50, 400, 400),
            Domain.centred(10));

    private Probe paint(PathFrame frame) {
        Probe probe = Probe.blank(500, 500, BACKGROUND, geometry);
        Graphics2D g2 = probe.graphics();
        new PathPainter().paint(g2, geometry, frame);
        g2.dispose();
        return probe;
    }

    @Test
    void theGradientArrowPointsDownhillAsLongAsTheNextStep() {
        // ∇f = (10, 0), α = 0.2: the next step is (−2, 0), 40 pixels to the left of (5, 0).
        Probe probe = paint(new PathFrame(new double[] {5}, new double[] {0}, 0, 10, 0, 0.2));
        double x = geometry.toScreenX(5);
        double y = geometry.toScreenY(0);

        assertThat(probe.argbAt(x - 25, y)).matches(Probe.lighterThan(230)::test);
        assertThat(probe.anyNear(x - 50, y, 3, Probe.lighterThan(200))).as("beyond the tip").isFalse();
        assertThat(probe.anyNear(x + 25, y, 3, Probe.lighterThan(200))).as("uphill").isFalse();
    }

    @Test
    void aTinyStepStillShowsItsDirection() {
        Probe probe = paint(new PathFrame(new double[] {0}, new double[] {0}, 0, 0, -1e-6, 0.1));
        double x = geometry.toScreenX(0);
        double y = geometry.toScreenY(0);

        // −∇f points up in data, which is up on screen too; the arrow keeps its shortest length.
        assertThat(probe.argbAt(x, y - 15)).matches(Probe.lighterThan(230)::test);
        assertThat(probe.anyNear(x, y + 15, 2, Probe.lighterThan(200))).isFalse();
    }

    @Test
    void aDivergingPathShowsItsVisiblePartAndNothingOutsideTheDataArea() {
        double[] xs = {0, 4, -1e200, Double.NaN, 1e300};
        double[] ys = {0, 0, 1e200, 0, -1e300};
        Probe probe = paint(new PathFrame(xs, ys, 4, Double.NaN, Double.NaN, 0.1));

        assertThat(probe.anyNearData(2, 0, 2, Probe.near(PATH, 40))).as("first step").isTrue();
        // The jump towards (−1e200, 1e200) leaves along the diagonal through (4, 0).
        assertThat(probe.anyNearData(-1, 5, 2, Probe.near(PATH, 40))).as("the jump out").isTrue();
        Rectangle area = geometry.dataArea().getBounds();
        assertThat(probe.anyIn(0, 0, 500, area.y - 1, Probe.near(PATH, 80))).as("above the area").isFalse();
        assertThat(probe.anyIn(0, 0, area.x - 1, 500, Probe.near(PATH, 80))).as("left of the area").isFalse();
    }

    @Test
    void paintingLeavesTheCallersDrawingStateAsItWas() {
        Probe probe = Probe.blank(500, 500, BACKGROUND, geometry);
        Graphics2D g2 = probe.graphics();
        g2.setColor(Color.MAGENTA);

        new PathPainter().paint(g2, geometry, new PathFrame(new double[] {1, 2}, new double[] {1, 2}, 1, 1, 1, 0.1));

        assertThat(g2.getColor()).isEqualTo(Color.MAGENTA);
        assertThat(g2.getClip()).isNull();
        g2.dispose();
    }
}
