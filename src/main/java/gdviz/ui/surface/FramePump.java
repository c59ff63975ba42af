package gdviz.ui.surface;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps at most one frame of the surface in the drawing at a time. Requests made meanwhile are served by one
 * more frame of the newest state once it is done, so a drag or a fast playback never queues up stale frames and
 * the UI thread never waits for a drawing.
 *
 * <p>Call {@link #request()} on the UI thread; frames are drawn on the worker and handed back on the UI thread.
 */
final class FramePump {

    private final Executor worker;
    private final Executor ui;
    private final Supplier<FrameOrder> orders;
    private final Consumer<SurfaceFrame> shown;
    private final Consumer<RuntimeException> failed;
    /** Used on the worker only. */
    private final FrameRenderer renderer = new FrameRenderer();
    private boolean drawing;
    private boolean wanted;
    /** A request waits in {@link #requestAfter(Executor)}. */
    private boolean deferred;

    /**
     * @param worker the surface thread: a single thread that alone touches the charts
     * @param ui     the UI thread's executor
     * @param orders what to draw now, taken when a frame starts; null when there is nothing to draw
     * @param shown  receives each drawn frame on the UI thread
     * @param failed receives what a drawing threw, on the UI thread
     */
    FramePump(Executor worker, Executor ui, Supplier<FrameOrder> orders, Consumer<SurfaceFrame> shown,
            Consumer<RuntimeException> failed) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.shown = Objects.requireNonNull(shown, "shown");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    /** Asks for a frame of the state as it will be when the frame starts. */
    void request() {
        if (drawing) {
            wanted = true;
            return;
        }
        FrameOrder order = orders.get();
        wanted = false;
        if (order == null) {
            return;
        }
        drawing = true;
        worker.execute(() -> {
            try {
                SurfaceFrame frame = renderer.draw(order);
                ui.execute(() -> finished(() -> shown.accept(frame)));
            } catch (RuntimeException e) {
                ui.execute(() -> finished(() -> failed.accept(e)));
            }
        });
    }

    /**
     * Asks for a frame once {@code later} runs the request, such as after the views that show a change first
     * have been drawn; several such requests meanwhile make one.
     */
    void requestAfter(Executor later) {
        if (deferred) {
            return;
        }
        deferred = true;
        later.execute(() -> {
            deferred = false;
            request();
        });
    }

    /** Whether a frame is being drawn or asked for. */
    boolean busy() {
        return drawing || wanted || deferred;
    }

    private void finished(Runnable report) {
        drawing = false;
        report.run();
        if (wanted) {
            request();
        }
    }
}
