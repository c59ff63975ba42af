package gdviz.ui.background;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Turns a burst of requests into one action: choosing a preset changes the function, the region and the start
 * in one go, and the picture should be made once for all of them, not once per change.
 */
public final class Coalescer {

    private final Executor later;
    private final Runnable action;
    private boolean pending;

    /**
     * @param later  runs the action after the current burst, such as {@code Platform::runLater}
     * @param action what to do once per burst
     */
    public Coalescer(Executor later, Runnable action) {
        this.later = Objects.requireNonNull(later, "later");
        this.action = Objects.requireNonNull(action, "action");
    }

    /** Asks for the action; requests made before it runs are served by the same run. Call on the UI thread. */
    public void request() {
        if (pending) {
            return;
        }
        pending = true;
        later.execute(() -> {
            pending = false;
            action.run();
        });
    }
}
