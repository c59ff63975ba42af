package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gdviz.core.grid.ContourLevels;
import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;
import gdviz.core.presets.KnownMinimum;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** The map as a viewer sees it at 800 × 600. */
class ContourMapTest {

    private static final Color PATH = PathStyle.standard().path();

    private final SampledGrid bowl = SampledGrid.sample(new Fixtures.Bowl(), Domain.centred(5), 201, 201);
    private final double[] levels = ContourLevels.linear(bowl.min(), bowl.max(), 8);

    private JFreeChart bowlMap() {
        KnownMinimum origin = new KnownMinimum(List.of(0.0, 0.0), 0, true);
        return ContourMap.create(new MapSpec(bowl, levels, List.of("x", "y"), List.of(origin), "x^2 + x*y + y^2"));
    }

    @Test
    void theKnownMinimumShowsAWhiteStar() {
        Probe map = Probe.render(bowlMap(), 800, 600, ChartOverlay.NONE);

        assertThat(map.argbAtData(0, 0)).matches(Probe.lighterThan(235)::test);
        // Away from the star the same band is its viridis colour, not white.
        assertThat(map.argbAtData(0.8, -0.8)).isEqualTo(ColourMap.viridis().argb(0.5 / 9));
    }

    @Test
    void thePathIsDrawnUpToTheCurrentStepOnly() {
        double[] xs = {4, 2, 1, -3, -4};
        double[] ys = {-3, -1, 0.5, 3, -4};
        PathFrame frame = new PathFrame(xs, ys, 2, 2.5, 2, 0.1);

        Probe map = Probe.render(bowlMap(), 800, 600, ChartOverlay.of(new PathPainter(), frame));

        for (int k = 0; k <= 2; k++) {
            assertThat(map.anyNearData(xs[k], ys[k], 3, Probe.near(PATH, 40))).as("step %d shown", k).isTrue();
        }
        // Halfway along a revealed step the line itself shows.
        assertThat(map.anyNearData(3, -2, 2, Probe.near(PATH, 40))).isTrue();
        for (int k = 3; k < xs.length; k++) {
            assertThat(map.anyNearData(xs[k], ys[k], 15, Probe.near(PATH, 60))).as("step %d hidden", k).isFalse();
        }
    }

    @Test
    void theColourBarShowsEveryBandColour() {
        Probe map = Probe.render(bowlMap(), 800, 600, ChartOverlay.NONE);
        int right = (int) map.geometry.right() + 10;
        ContourBands bands = new ContourBands(levels, ColourMap.viridis());

        for (int k = 0; k < bands.count(); k++) {
            int argb = bands.argb(k);
            assertThat(map.anyIn(right, 0, 800, 600, pixel -> pixel == argb)).as("band %d in the bar", k).isTrue();
        }
    }

    @Test
    void whereTheFunctionIsUndefinedThePlotBackgroundShows() {
        SampledGrid grid = SampledGrid.sample(new Fixtures.LogValley(), Domain.centred(2), 200, 200);
        JFreeChart chart = ContourMap.create(new MapSpec(grid, ContourLevels.linear(grid.min(), grid.max(), 6),
                List.of("x", "y"), List.of(), null));

        Probe map = Probe.render(chart, 800, 600, ChartOverlay.NONE);

        assertThat(new Color(map.argbAtData(-1, 0.3))).isEqualTo(ContourMap.UNDEFINED_BACKGROUND);
        assertThat(new Color(map.argbAtData(-1.9, -1.9))).isEqualTo(ContourMap.UNDEFINED_BACKGROUND);
        assertThat(new Color(map.argbAtData(1.2, 0.3))).isNotEqualTo(ContourMap.UNDEFINED_BACKGROUND);
    }

    @Test
    void aGridWithNoFiniteValueCannotBeMapped() {
        SampledGrid nowhere = SampledGrid.sample(new Fixtures.LogValley(), new Domain(-3, -1, 0, 1), 5, 5);

        assertThatThrownBy(() -> ContourMap.create(new MapSpec(nowhere, new double[0], List.of("x", "y"),
                List.of(), null))).hasMessage("the function has no finite value anywhere on the map's domain");
    }
}
