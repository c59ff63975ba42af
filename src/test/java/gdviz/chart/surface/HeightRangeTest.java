package gdviz.chart.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;
import gdviz.core.presets.Preset;
import org.junit.jupiter.api.Test;

class HeightRangeTest {

    /** f = x on 0..99: the samples are the whole numbers 0 to 99, each once per row. */
    private final SampledGrid ramp = SampledGrid.sample(Surfaces.function("x + 0*y"), new Domain(0, 99, 0, 1), 100, 2);

    @Test
    void coveringKeepsEverySampleWithAMarginOnBothSides() {
        HeightRange range = HeightRange.covering(ramp);

        assertThat(range.min()).isCloseTo(-0.04 * 99, within(1e-12));
        assertThat(range.max()).isCloseTo(99 + 0.04 * 99, within(1e-12));
    }

    @Test
    void aPercentileClipsTheTopAtTheNearestRankSample() {
        assertThat(HeightRange.clippedAtPercentile(ramp, 90).max()).isEqualTo(89);
        assertThat(HeightRange.clippedAtPercentile(ramp, 100).max()).isEqualTo(99);
        assertThat(HeightRange.clippedAtPercentile(ramp, 90).min()).isCloseTo(-0.04 * 89, within(1e-12));
    }

    @Test
    void readableClipsFlatValleysUnderTallWallsAndLeavesBowlsWhole() {
        SampledGrid rosenbrock = grid(Surfaces.preset("Rosenbrock"));
        SampledGrid bowl = grid(Surfaces.preset("Bowl"));
        SampledGrid booth = grid(Surfaces.preset("Booth"));

        assertThat(HeightRange.readable(rosenbrock)).isEqualTo(HeightRange.clippedAtPercentile(rosenbrock, 90));
        assertThat(HeightRange.readable(rosenbrock).max()).isLessThan(rosenbrock.max() / 2);
        assertThat(HeightRange.readable(bowl)).isEqualTo(HeightRange.covering(bowl));
        assertThat(HeightRange.readable(booth)).isEqualTo(HeightRange.covering(booth));
    }

    @Test
    void aFlatOrNowhereDefinedFunctionStillGetsABox() {
        SampledGrid flat = SampledGrid.sample(Surfaces.function("3 + 0*x*y"), Domain.centred(1), 5, 5);
        SampledGrid nowhere = SampledGrid.sample(Surfaces.function("log(-1 - x^2 - y^2)"), Domain.centred(1), 5, 5);

        HeightRange flatRange = HeightRange.readable(flat);

        assertThat(flatRange.contains(3)).isTrue();
        assertThat(flatRange.span()).isPositive();
        assertThat(HeightRange.readable(nowhere)).isEqualTo(new HeightRange(-1, 1));
    }

    @Test
    void badRangesAndPercentilesAreRefused() {
        assertThatThrownBy(() -> new HeightRange(2, 2)).hasMessage(
                "the f range must run from a smaller to a larger finite number, not 2.0 to 2.0");
        assertThatThrownBy(() -> new HeightRange(0, Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
        assertThatThrownBy(() -> HeightRange.clippedAtPercentile(ramp, 0)).hasMessage(
                "a percentile must lie in (0, 100], not 0.0");
        assertThat(new HeightRange(0, 10).withMax(5)).isEqualTo(new HeightRange(0, 5));
    }

    private static SampledGrid grid(Preset preset) {
        return SampledGrid.sample(Surfaces.function(preset.expression()), preset.domain(), 101, 101);
    }
}
