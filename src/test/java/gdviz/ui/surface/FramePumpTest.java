package gdviz.ui.surface;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Frames asked for after another view's drawing: the surface counts as busy until then, and asks once. */
class FramePumpTest {

    private final List<Runnable> later = new ArrayList<>();
    private int ordersTaken;

    private FramePump pump() {
        Executor direct = Runnable::run;
        return new FramePump(direct, direct, () -> {
            ordersTaken++;
            return null;
        }, frame -> { }, failure -> { });
    }

    @Test
    void aDeferredRequestWaitsForItsTurnAndCountsAsBusyMeanwhile() {
        FramePump pump = pump();
        pump.requestAfter(later::add);
        assertThat(pump.busy()).as("a frame is on its way").isTrue();
        assertThat(ordersTaken).isZero();

        later.remove(0).run();
        assertThat(ordersTaken).isEqualTo(1);
        assertThat(pump.busy()).isFalse();
    }

    @Test
    void severalDeferredRequestsMakeOneFrame() {
        FramePump pump = pump();
        for (int k = 0; k < 5; k++) {
            pump.requestAfter(later::add);
        }
        assertThat(later).hasSize(1);
        later.remove(0).run();
        assertThat(ordersTaken).isEqualTo(1);
        pump.requestAfter(later::add);
        assertThat(later).as("a later change asks again").hasSize(1);
    }
}
