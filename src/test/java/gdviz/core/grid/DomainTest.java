package gdviz.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DomainTest {

    @Test
    void aSquareShownWideGrowsSidewaysAboutItsCentre() {
        Domain widened = new Domain(-2, 2, -1, 3).widenedToAspect(0.5);

        assertThat(widened.yMin()).isEqualTo(-1);
        assertThat(widened.yMax()).isEqualTo(3);
        assertThat(widened.xMin()).isCloseTo(-4, within(1e-12));
        assertThat(widened.xMax()).isCloseTo(4, within(1e-12));
    }

    @Test
    void aWideDomainShownSquareGrowsUpAndDown() {
        Domain widened = new Domain(0, 10, 4, 6).widenedToAspect(1);

        assertThat(widened.xMin()).isZero();
        assertThat(widened.xMax()).isEqualTo(10);
        assertThat(widened.yMin()).isCloseTo(0, within(1e-12));
        assertThat(widened.yMax()).isCloseTo(10, within(1e-12));
    }

    @Test
    void theWidenedDomainAlwaysContainsTheOriginal() {
        Domain original = new Domain(-0.1, 0.3, 1e-3, 2e-3);
        for (double aspect : new double[] {1e-4, 0.0025, 0.3, 1, 7, 1e4}) {
            Domain widened = original.widenedToAspect(aspect);

            assertThat(widened.xMin()).isLessThanOrEqualTo(original.xMin());
            assertThat(widened.xMax()).isGreaterThanOrEqualTo(original.xMax());
            assertThat(widened.yMin()).isLessThanOrEqualTo(original.yMin());
            assertThat(widened.yMax()).isGreaterThanOrEqualTo(original.yMax());
            assertThat(widened.height() / widened.width()).isCloseTo(aspect, within(aspect * 1e-9));
        }
    }

    @Test
    void anAspectThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> Domain.centred(1).widenedToAspect(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Domain.centred(1).widenedToAspect(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
