package gdviz.bench;

import gdviz.ui.Workbench;
import gdviz.ui.playback.PlaybackModel;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The real window animating for a long time: used heap after a full collection right after start and again
 * after the animation. Each time a run has played to its end the learning rate changes and it plays again, so
 * new paths, maps of the path and surface frames keep being made.
 *
 * <p>Argument: minutes of animation. The used heap is also reported after each whole minute.
 */
public final class SoakProbe {

    private static final double[] RATES = {0.1, 0.05, 0.2, 0.02};
    /** Steps per second: brisk, as a teacher would show it, so many runs go by. */
    private static final double SPEED = 60;

    private SoakProbe() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = Double.parseDouble(args[0]);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        BenchWindow window = Fx.call(() -> BenchWindow.open(1280, 800));
        window.awaitSettled();
        report("heap_mb_after_start", usedHeapAfterGc());
        Workbench w = window.workbench();
        PlaybackModel playback = w.playback();
        Fx.run(() -> playback.speedProperty().set(SPEED));
        long begin = System.nanoTime();
        long end = begin + (long) (minutes * 60e9);
        int runs = 0;
        int minutesReported = 0;
        while (System.nanoTime() < end) {
            // The used heap each minute tells a slow leak (a steady climb) from a working set that fills up.
            if (System.nanoTime() - begin >= (minutesReported + 1) * 60_000_000_000L) {
                minutesReported++;
                report("heap_mb_minute_" + minutesReported, usedHeapAfterGc());
            }
            int next = runs;
            boolean restarted = Fx.call(() -> {
                if (playback.playingProperty().get()) {
                    return false;
                }
                w.descent().rateProperty().set(RATES[next % RATES.length]);
                playback.play();
                return true;
            });
            runs += restarted ? 1 : 0;
            Fx.sleep(100);
        }
        Fx.run(playback::pause);
        window.awaitSettled();
        report("heap_mb_after_animation", usedHeapAfterGc());
        report("soak_runs_played", runs);
        Fx.run(window::close);
        Platform.exit();
    }

    private static void report(String metric, double value) {
        System.out.println(String.format(Locale.ROOT, "value %s %s", metric, value));
    }

    /** Used heap in MB once collections no longer free anything. */
    private static double usedHeapAfterGc() {
        double used = Double.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            System.gc();
            Fx.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0);
        }
        return used;
    }
}
