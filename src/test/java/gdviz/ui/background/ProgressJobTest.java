package gdviz.ui.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The long computations behind the sweep and the basins: they run beside the window's thread, only the newest
 * hands back a result, and a cancelled one hands back nothing. A single thread stands in for the JavaFX thread.
 */
class ProgressJobTest {

    private final ExecutorService worker = Workers.single("test-worker");
    private final ExecutorService fx = Workers.single("test-fx");
    private final ProgressJob job = new ProgressJob(worker, fx);
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        worker.shutdownNow();
        fx.shutdownNow();
    }

    private void onFx(Runnable action) throws Exception {
        fx.submit(action).get(5, TimeUnit.SECONDS);
    }

    private void drain() throws Exception {
        worker.submit(() -> { }).get(5, TimeUnit.SECONDS);
        onFx(() -> { });
    }

    @Test
    void theWorkRunsOffTheWindowThreadAndTheResultComesBackOnIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        onFx(() -> job.start((cancelled, progress) -> {
            await(release);
            progress.advanced(1, 2);
            return Thread.currentThread().getName();
        }, result -> heard.add(result + " -> " + Thread.currentThread().getName()), heard::add));
        // The window's thread is free while the work waits.
        onFx(() -> heard.add("window free, running " + job.runningProperty().get()));
        release.countDown();
        drain();
        assertThat(heard).containsExactly("window free, running true", "test-worker -> test-fx");
        assertThat(job.runningProperty().get()).isFalse();
    }

    @Test
    void startingAnewDropsTheOlderResult() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        onFx(() -> job.start((cancelled, progress) -> {
            await(release);
            return "old";
        }, heard::add, heard::add));
        onFx(() -> job.start((cancelled, progress) -> "new", heard::add, heard::add));
        release.countDown();
        drain();
        assertThat(heard).containsExactly("new");
    }

    @Test
    void aCancelledJobHandsBackNothingAndStopsWhenItAsks() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        onFx(() -> job.start((cancelled, progress) -> {
            started.countDown();
            while (!cancelled.getAsBoolean()) {
                Thread.onSpinWait();
            }
            throw new CancellationException();
        }, result -> heard.add("result"), heard::add));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        onFx(job::cancel);
        drain();
        assertThat(heard).isEmpty();
        assertThat(job.runningProperty().get()).isFalse();
        assertThat(job.progressProperty().get()).isZero();
    }

    @Test
    void aFailureIsReportedInOneLine() throws Exception {
        onFx(() -> job.start((cancelled, progress) -> {
            throw new IllegalStateException("grid too large");
        }, result -> heard.add("result"), reason -> heard.add("failed: " + reason)));
        drain();
        assertThat(heard).containsExactly("failed: grid too large");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
