package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gdviz.core.presets.KnownMinimum;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** The curve view of w², as a viewer sees it at 800 × 600. */
class CurveChartTest {

    private static final int DARK = 90;

    private final JFreeChart parabola = CurveChart.create(new CurveSpec(new Fixtures.Parabola(), -6, 6,
            List.of(new KnownMinimum(List.of(0.0), 0, true)), "w^2"));

    @Test
    void theCurveIsDrawnOverItsRangeWithAxesNamedAfterTheVariable() {
        Probe curve = Probe.render(parabola, 800, 600, ChartOverlay.NONE);

        assertThat(parabola.getXYPlot().getDomainAxis().getLabel()).isEqualTo("w");
        assertThat(parabola.getXYPlot().getRangeAxis().getLabel()).isEqualTo("f(w)");
        assertThat(curve.geometry.domain().xMin()).isEqualTo(-6);
        assertThat(curve.geometry.domain().xMax()).isEqualTo(6);
        assertThat(curve.anyNearData(3, 9, 2, Probe.near(CurveChart.CURVE, 40))).isTrue();
        assertThat(curve.anyNearData(3, 20, 4, Probe.near(CurveChart.CURVE, 40))).as("off the curve").isFalse();
        assertThat(curve.argbAtData(0, 0)).as("the minimum's star").matches(Probe.lighterThan(235)::test);
    }

    @Test
    void theTangentRunsThroughTheCurrentStepWithItsSlope() {
        // From w = 5 with α = 0.1: 5, 4, 3.2; at 3.2 the slope is 6.4.
        double[] ws = {5, 4, 3.2};
        double[] fs = {25, 16, 10.24};
        CurveFrame frame = new CurveFrame(ws, fs, 2, 6.4, 0.1);

        Probe curve = Probe.render(parabola, 800, 600, ChartOverlay.of(new CurvePainter(), frame));

        for (double d : new double[] {-1.5, -1, 0.8, 1.5}) {
            assertThat(curve.anyNearData(3.2 + d, 10.24 + 6.4 * d, 1, Probe.darkerThan(DARK)))
                    .as("tangent at w = %s", 3.2 + d).isTrue();
        }
        // A line of half the slope would pass here; the tangent does not.
        assertThat(curve.anyNearData(4.7, 10.24 + 3.2 * 1.5, 3, Probe.darkerThan(DARK))).isFalse();
        // The steps sit on the curve, joined by straight jumps.
        assertThat(curve.anyNearData(4.5, 20.5, 2, Probe.near(PathStyle.standard().path(), 40))).isTrue();
    }

    @Test
    void whereFIsUndefinedTheCurveHasAGap() {
        JFreeChart log = CurveChart.create(new CurveSpec(new Fixtures.LogCurve(), -2, 2, List.of(), null));

        Probe curve = Probe.render(log, 800, 600, ChartOverlay.NONE);
        int left = (int) curve.geometry.left() + 2;
        int zero = (int) curve.geometry.toScreenX(0) - 3;
        int right = (int) curve.geometry.right() - 2;
        int top = (int) curve.geometry.top();
        int bottom = (int) curve.geometry.bottom();

        assertThat(curve.anyIn(left, top, zero, bottom, Probe.near(CurveChart.CURVE, 40))).isFalse();
        assertThat(curve.anyIn(zero + 6, top, right, bottom, Probe.near(CurveChart.CURVE, 40))).isTrue();
    }

    @Test
    void aCurveNeedsOneVariableAndSomeFiniteValue() {
        assertThatThrownBy(() -> new CurveSpec(new Fixtures.Bowl(), -1, 1, List.of(), null))
                .hasMessage("a curve needs a function of one variable, not 2");
        assertThatThrownBy(() -> CurveChart.create(new CurveSpec(new Fixtures.LogCurve(), -3, -1, List.of(), null)))
                .hasMessage("f(w) has no finite value between -3.0 and -1.0");
    }
}
