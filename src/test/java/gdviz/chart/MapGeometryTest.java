package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class MapGeometryTest {

    private final MapGeometry geometry = MapGeometry.of(new Rectangle2D.Double(100, 50, 600, 400),
            new Domain(-5, 5, -2, 6));

    @Test
    void aClickMapsToTheDataPointUnderIt() {
        assertThat(geometry.toDataX(400)).isCloseTo(0, within(1e-12));
        assertThat(geometry.toDataY(250)).isCloseTo(2, within(1e-12));
        assertThat(geometry.toDataX(100)).isCloseTo(-5, within(1e-12));
        assertThat(geometry.toDataY(50)).as("the top edge is the largest y").isCloseTo(6, within(1e-12));
        assertThat(geometry.contains(400, 250)).isTrue();
        assertThat(geometry.contains(99, 250)).isFalse();
    }

    @Test
    void screenAndDataRoundTripWithinAPixel() {
        for (double x = -5; x <= 5; x += 0.37) {
            for (double y = -2; y <= 6; y += 0.41) {
                double sx = geometry.toScreenX(x);
                double sy = geometry.toScreenY(y);
                double backX = geometry.toScreenX(geometry.toDataX(Math.round(sx)));
                double backY = geometry.toScreenY(geometry.toDataY(Math.round(sy)));
                assertThat(backX).isCloseTo(sx, within(0.5 + 1e-9));
                assertThat(backY).isCloseTo(sy, within(0.5 + 1e-9));
            }
        }
    }

    @Test
    void aDrawnMapAgreesWithItsOwnAxes() {
        SampledGrid grid = SampledGrid.sample(new Fixtures.Bowl(), new Domain(-3, 5, -1, 2), 40, 30);
        JFreeChart chart = ContourMap.create(new MapSpec(grid, new double[] {1, 4, 9}, List.of("x", "y"),
                List.of(), "Bowl"));
        Probe drawn = Probe.render(chart, 800, 600, ChartOverlay.NONE);
        XYPlot plot = chart.getXYPlot();
        Rectangle2D area = drawn.geometry.dataArea();

        assertThat(drawn.geometry.domain()).isEqualTo(grid.domain());
        for (double x : new double[] {-3, 0.7, 5}) {
            assertThat(drawn.geometry.toScreenX(x)).isCloseTo(
                    plot.getDomainAxis().valueToJava2D(x, area, RectangleEdge.BOTTOM), within(1e-9));
        }
        for (double y : new double[] {-1, 0.2, 2}) {
            assertThat(drawn.geometry.toScreenY(y)).isCloseTo(
                    plot.getRangeAxis().valueToJava2D(y, area, RectangleEdge.LEFT), within(1e-9));
        }
    }

    @Test
    void anUndrawnChartHasNoGeometry() {
        SampledGrid grid = SampledGrid.sample(new Fixtures.Bowl(), Domain.centred(1), 5, 5);
        JFreeChart chart = ContourMap.create(new MapSpec(grid, new double[] {1}, List.of("x", "y"), List.of(), null));

        assertThatThrownBy(() -> MapGeometry.of(chart, new ChartRenderingInfo()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no data area");
    }
}
