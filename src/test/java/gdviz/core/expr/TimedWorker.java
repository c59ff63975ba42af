package gdviz.core.expr;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs many small jobs one after another on one thread of ordinary stack size, failing the test when one
 * takes longer than its cap. One reused thread, unlike a thread per job, costs nothing per job.
 */
public final class TimedWorker implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(job -> {
        Thread worker = new Thread(job, "timed-worker");
        worker.setDaemon(true);
        return worker;
    });

    /**
     * The job's result; its exception or error (a stack overflow included) rethrown as a test failure.
     *
     * @param input what the job works on, shown abbreviated when it fails
     */
    public <T> T within(Duration cap, Callable<T> job, String input) {
        Future<T> result = thread.submit(job);
        try {
            return result.get(cap.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            return fail("took longer than " + cap.toMillis() + " ms: " + ParserFuzzTest.abbreviated(input));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            return fail("threw for " + ParserFuzzTest.abbreviated(input), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
