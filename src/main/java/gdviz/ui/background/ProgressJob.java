package gdviz.ui.background;

import gdviz.core.analysis.Progress;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * One long computation at a time off the JavaFX thread, with its progress and a way to cancel it. Starting a
 * new one cancels the running one; only the newest reports progress and hands back its result.
 *
 * <p>Started and cancelled on the JavaFX application thread, whose executor hands results back.
 */
public final class ProgressJob {

    /** The computation: asks {@code cancelled} now and then and reports to {@code progress}. */
    @FunctionalInterface
    public interface Work<T> {
        /** @throws CancellationException when cancelled before it finished */
        T run(BooleanSupplier cancelled, Progress progress);
    }

    private final Executor worker;
    private final Executor fx;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private AtomicBoolean current = new AtomicBoolean();

    /**
     * @param worker where the computation runs
     * @param fx     where results and progress are handed back, the JavaFX thread
     */
    public ProgressJob(Executor worker, Executor fx) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** How far the running computation has come, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether a computation is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Starts {@code work}, cancelling the one running.
     *
     * @param done     hears the result, on the JavaFX thread
     * @param failed   hears a one-line reason when the work failed (not when it was cancelled)
     */
    public <T> void start(Work<T> work, Consumer<T> done, Consumer<String> failed) {
        cancel();
        AtomicBoolean cancelled = new AtomicBoolean();
        current = cancelled;
        progress.set(0);
        running.set(true);
        worker.execute(() -> {
            try {
                T result = work.run(cancelled::get, (finished, total) -> fx.execute(() -> {
                    if (!cancelled.get()) {
                        progress.set((double) finished / total);
                    }
                }));
                fx.execute(() -> finish(cancelled, () -> done.accept(result)));
            } catch (CancellationException e) {
                fx.execute(() -> finish(cancelled, () -> { }));
            } catch (RuntimeException e) {
                fx.execute(() -> finish(cancelled, () -> failed.accept(String.valueOf(e.getMessage()))));
            }
        });
    }

    /** Cancels the running computation, if any; it hands back nothing. */
    public void cancel() {
        current.set(true);
        running.set(false);
        progress.set(0);
    }

    private void finish(AtomicBoolean job, Runnable report) {
        if (job == current && !job.get()) {
            running.set(false);
            report.run();
        }
    }
}
