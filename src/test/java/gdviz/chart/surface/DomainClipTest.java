package gdviz.chart.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.grid.Domain;
import org.junit.jupiter.api.Test;

class DomainClipTest {

    private final Domain square = Domain.centred(1);

    @Test
    void aSegmentInsideIsKeptWhole() {
        assertThat(DomainClip.interval(square, -0.5, 0, 0.5, 0.5)).containsExactly(0, 1);
    }

    @Test
    void aSegmentLeavingIsCutWhereItCrossesTheEdge() {
        double[] t = DomainClip.interval(square, 0, 0, 4, 2);

        assertThat(t[0]).isZero();
        assertThat(t[1]).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void aSegmentCrossingRightThroughIsCutAtBothEnds() {
        double[] t = DomainClip.interval(square, -3, 0.5, 3, 0.5);

        assertThat(t[0]).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(t[1]).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void segmentsMissingTheDomainOrTooLongForNumbersGiveNothing() {
        assertThat(DomainClip.interval(square, 2, 2, 3, 0)).isNull();
        assertThat(DomainClip.interval(square, -3, 2, 3, 2)).isNull();
        assertThat(DomainClip.interval(square, 0, 0, Double.POSITIVE_INFINITY, 0)).isNull();
        assertThat(DomainClip.interval(square, 0, 0, -1.7e308, 1.7e308)).isNotNull();
        assertThat(DomainClip.interval(square, 1.7e308, 0, -1.7e308, 0)).isNull();
    }
}
