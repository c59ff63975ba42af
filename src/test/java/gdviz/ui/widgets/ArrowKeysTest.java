package gdviz.ui.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArrowKeysTest {

    @Test
    void aNudgeMovesByAShareOfTheRangeToAReadableNumberAndStaysInside() {
        assertThat(ArrowKeys.nudged(4, ArrowKeys.SMALL_NUDGE, -5, 5)).isEqualTo(4.1);
        assertThat(ArrowKeys.nudged(4, -ArrowKeys.LARGE_NUDGE, -5, 5)).isEqualTo(3);
        assertThat(ArrowKeys.nudged(4.95, ArrowKeys.LARGE_NUDGE, -5, 5)).isEqualTo(5);
        assertThat(ArrowKeys.nudged(-4.99, -ArrowKeys.SMALL_NUDGE, -5, 5)).isEqualTo(-5);
        assertThat(ArrowKeys.nudged(0.123456, 0, -5, 5)).isEqualTo(0.123456);
    }
}
