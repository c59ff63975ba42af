package gdviz.ui.background;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs work in the background and hands back only the newest result: while a slider is dragged every change
 * submits a job, jobs superseded before they start are skipped, and results of superseded jobs are dropped
 * instead of being shown after a newer picture.
 *
 * <p>Submit from the UI thread; results and failures are handed to their consumers on the UI executor.
 */
public final class LatestOnly {

    private final Executor worker;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param worker runs the work; a single thread keeps jobs in submission order
     * @param ui     runs the consumers; the JavaFX application thread in the app
     */
    public LatestOnly(Executor worker, Executor ui) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /**
     * Computes {@code work} in the background and applies its result unless a newer job was submitted meanwhile.
     *
     * @param work  the computation; runs on the worker
     * @param apply receives the result on the UI executor
     * @param fail  receives what {@code work} threw, on the UI executor, unless superseded
     */
    public <T> void submit(Callable<? extends T> work, Consumer<? super T> apply, Consumer<? super Exception> fail) {
        long mine = generation.incrementAndGet();
        worker.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            try {
                T result = work.call();
                ui.execute(() -> {
                    if (generation.get() == mine) {
                        apply.accept(result);
                    }
                });
            } catch (Exception e) {
                ui.execute(() -> {
                    if (generation.get() == mine) {
                        fail.accept(e);
                    }
                });
            }
        });
    }

    /** Drops the results of every job submitted so far. */
    public void discardPending() {
        generation.incrementAndGet();
    }
}
