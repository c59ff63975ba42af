package gdviz.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Watches the JavaFX thread while a test works the window: the longest gap between two pulses (how long the
 * window could not repaint or respond) and every exception the thread did not catch.
 */
final class PulseWatch {

    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private volatile long longestGapNanos;
    private volatile long pulses;
    private Thread.UncaughtExceptionHandler previous;
    private Thread fxThread;
    private final AnimationTimer timer = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            // The pulse's own time stamp can lag; the clock says how long the thread really was away.
            long clock = System.nanoTime();
            if (last != 0) {
                longestGapNanos = Math.max(longestGapNanos, clock - last);
            }
            last = clock;
            pulses++;
        }
    };

    /** Starts watching; call on the JavaFX thread. */
    void start() {
        fxThread = Thread.currentThread();
        previous = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler((thread, problem) -> uncaught.add(problem));
        timer.start();
    }

    /** Stops watching and restores the thread's handler; call on the JavaFX thread. */
    void stop() {
        timer.stop();
        if (fxThread != null) {
            fxThread.setUncaughtExceptionHandler(previous);
        }
    }

    /** Runs {@link #start()} from any thread. */
    static PulseWatch startedFromTest() {
        PulseWatch watch = new PulseWatch();
        Platform.runLater(watch::start);
        return watch;
    }

    double longestGapMillis() {
        return longestGapNanos / 1e6;
    }

    long pulses() {
        return pulses;
    }

    List<Throwable> uncaught() {
        return List.copyOf(uncaught);
    }
}
