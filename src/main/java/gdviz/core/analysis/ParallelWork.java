package gdviz.core.analysis;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs independent parts on all cores, reports each finished part and stops early when asked to. Parts
 * check {@link #stopRequested()} inside long loops so a cancel takes effect within one part's few
 * milliseconds, not at its end.
 */
final class ParallelWork {

    private final BooleanSupplier cancelled;
    private final Progress progress;
    private final AtomicBoolean failed = new AtomicBoolean();
    private long done;

    ParallelWork(BooleanSupplier cancelled, Progress progress) {
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Runs {@code part} for 0 … count − 1, in any order and in parallel.
     *
     * @throws CancellationException if cancelled before every part finished
     */
    void run(int count, IntConsumer part) {
        IntStream.range(0, count).parallel().forEach(i -> {
            throwIfStopped();
            try {
                part.accept(i);
            } catch (RuntimeException | Error e) {
                // The other parts see the flag and stop instead of running on after the caller has left.
                failed.set(true);
                throw e;
            }
            finished(count);
        });
    }

    /** Whether the caller cancelled or another part failed. */
    boolean stopRequested() {
        return failed.get() || cancelled.getAsBoolean();
    }

    /** @throws CancellationException if {@link #stopRequested()} */
    void throwIfStopped() {
        if (stopRequested()) {
            throw new CancellationException("cancelled");
        }
    }

    private synchronized void finished(int count) {
        done++;
        progress.advanced(done, count);
    }
}
