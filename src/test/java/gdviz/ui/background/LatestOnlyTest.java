package gdviz.ui.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {

    /** An executor that runs nothing until told, so the test decides the order of events. */
    private static final class Held implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runOne() {
            tasks.remove().run();
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                runOne();
            }
        }
    }

    private final Held worker = new Held();
    private final Held ui = new Held();
    private final LatestOnly latest = new LatestOnly(worker, ui);
    private final List<String> shown = new ArrayList<>();
    private final List<Integer> computed = new ArrayList<>();

    private void submit(int value) {
        latest.submit(() -> {
            computed.add(value);
            return "run " + value;
        }, shown::add, failure -> shown.add("failed: " + failure.getMessage()));
    }

    @Test
    void jobsOvertakenBeforeTheyStartAreSkipped() {
        submit(1);
        submit(2);
        submit(3);
        worker.runAll();
        ui.runAll();
        assertThat(computed).containsExactly(3);
        assertThat(shown).containsExactly("run 3");
    }

    @Test
    void aResultOvertakenWhileComputingIsDropped() {
        submit(1);
        worker.runOne();
        submit(2);
        worker.runAll();
        ui.runAll();
        assertThat(computed).containsExactly(1, 2);
        assertThat(shown).containsExactly("run 2");
    }

    @Test
    void failuresArriveOnTheUiExecutorUnlessOvertaken() {
        latest.<String>submit(() -> {
            throw new IllegalStateException("no picture");
        }, shown::add, failure -> shown.add("failed: " + failure.getMessage()));
        worker.runAll();
        assertThat(shown).isEmpty();
        ui.runAll();
        assertThat(shown).containsExactly("failed: no picture");
    }

    @Test
    void discardingDropsEverythingSubmittedSoFar() {
        submit(1);
        latest.discardPending();
        worker.runAll();
        ui.runAll();
        assertThat(shown).isEmpty();
    }

    @Test
    void aBurstOfRequestsIsServedByOneAction() {
        List<String> actions = new ArrayList<>();
        Coalescer coalescer = new Coalescer(ui, () -> actions.add("render"));
        coalescer.request();
        coalescer.request();
        coalescer.request();
        ui.runAll();
        coalescer.request();
        ui.runAll();
        assertThat(actions).containsExactly("render", "render");
    }
}
