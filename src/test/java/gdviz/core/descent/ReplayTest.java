package gdviz.core.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Replaying a recorded update reproduces it exactly and exposes the optimiser's state around it. */
class ReplayTest {

    private static Trajectory run(UpdateRule rule) {
        return new Descent(Fixture.sumOfSquares(), rule, DescentSettings.withRate(0.1)).trace(new double[] {5, -4});
    }

    @Test
    void everyOptimiserReplaysToTheRecordedPointBitForBit() {
        for (Optimizer optimizer : Optimizer.values()) {
            UpdateRule rule = optimizer.defaultRule();
            Trajectory run = run(rule);
            assertThat(run.rule()).isSameAs(rule);
            for (int k = 1; k < Math.min(run.size(), 40); k++) {
                ReplayedStep step = run.replay(k);
                assertThat(step.to()).as(optimizer + " step " + k).containsExactly(run.step(k).point());
                assertThat(step.from()).containsExactly(run.step(k - 1).point());
                assertThat(step.gradient()).containsExactly(run.step(k - 1).gradient());
            }
        }
    }

    @Test
    void momentumExposesItsVelocityBeforeAndAfter() {
        ReplayedStep step = run(new Momentum(0.9)).replay(2);
        assertThat(step.before().get(StateQuantity.VELOCITY)).containsExactly(10, -8);
        assertThat(step.after().get(StateQuantity.VELOCITY)).containsExactly(new double[] {17, -13.6}, Offset.offset(1e-12));
        assertThat(step.direction()).containsExactly(new double[] {17, -13.6}, Offset.offset(1e-12));
    }

    @Test
    void plainDescentKeepsNoStateAndAStartHasNothingToReplay() {
        Trajectory run = run(new GradientDescent());
        assertThat(run.replay(1).after()).isEmpty();
        assertThat(run.replay(1).move()).containsExactly(new double[] {-1, 0.8}, Offset.offset(1e-12));
        assertThatThrownBy(() -> run.replay(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> run.replay(run.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
