package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;
import gdviz.ui.playback.PlaybackModel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lesson left running: the animation loops for {@code gdviz.soak.minutes} (10 by default) while the settings
 * change every few seconds, as a teacher's would. The heap after a collection stays flat and no threads pile
 * up, so nothing (listeners, pictures, runs) is kept from one setting to the next. Run with
 * {@code mvn -Psoak verify}; the default build leaves it out.
 */
@Tag("soak")
@ExtendWith(ApplicationExtension.class)
class SoakUiTest {

    private static final long CHANGE_EVERY_MS = 2_000;
    private static final long SAMPLE_EVERY_MS = 15_000;
    private static final long HEAP_CEILING = 256L << 20;
    /** The last third may use this much more than the first, for caches that fill slowly and JIT noise. */
    private static final double HEAP_GROWTH = 1.25;
    private static final long HEAP_SLACK = 16L << 20;

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private record Sample(double minutes, long heap, int threads, int gdvizThreads) {
    }

    @Test
    void hoursOfLoopingAnimationKeepTheHeapFlatAndTheThreadsFew() throws Exception {
        double minutes = Double.parseDouble(System.getProperty("gdviz.soak.minutes", "10"));
        long end = System.currentTimeMillis() + (long) (minutes * 60_000);
        window.ready();
        PlaybackModel playback = window.view.workbench().playback();
        List<Preset> presets = Presets.all();
        PulseWatch watch = PulseWatch.startedFromTest();
        List<Sample> samples = new ArrayList<>();
        long started = System.currentTimeMillis();
        long nextSample = started + SAMPLE_EVERY_MS;
        int change = 0;

        while (System.currentTimeMillis() < end) {
            int k = change++;
            fx(() -> {
                settingChange(k, presets);
                playback.speedProperty().set(PlaybackModel.MAX_SPEED);
                if (!playback.playingProperty().get()) {
                    playback.reset();
                    playback.play();
                }
                return null;
            });
            Thread.sleep(CHANGE_EVERY_MS);
            if (System.currentTimeMillis() >= nextSample) {
                samples.add(sample((System.currentTimeMillis() - started) / 60_000.0));
                nextSample += SAMPLE_EVERY_MS;
            }
        }
        fx(() -> {
            playback.pause();
            watch.stop();
            return null;
        });

        report(samples, change, watch);
        assertThat(watch.uncaught()).isEmpty();
        window.assertNoProblems();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
        int third = samples.size() / 3;
        double first = meanHeap(samples.subList(0, third));
        double last = meanHeap(samples.subList(samples.size() - third, samples.size()));
        assertThat(last).as("mean heap of the last third, bytes").isLessThan(first * HEAP_GROWTH + HEAP_SLACK);
        assertThat(samples).allSatisfy(s -> assertThat(s.heap()).isLessThan(HEAP_CEILING));
        Sample early = samples.get(0);
        assertThat(samples).allSatisfy(s -> {
            assertThat(s.gdvizThreads()).isLessThanOrEqualTo(early.gdvizThreads());
            assertThat(s.threads()).isLessThanOrEqualTo(early.threads() + 4);
        });
    }

    /** One of the changes a teacher makes in class, in turn: a preset, the rate, the start, the iteration limit. */
    private void settingChange(int k, List<Preset> presets) {
        var workbench = window.view.workbench();
        var descent = workbench.descent();
        switch (k % 4) {
            case 0 -> window.functionBox().setValue(presets.get(k / 4 % presets.size()).expression());
            case 1 -> descent.rateProperty().set(descent.rateProperty().get() * (k % 8 == 1 ? 2 : 0.5));
            case 2 -> descent.startXProperty().set(descent.startXProperty().get() * 0.9 + 0.1);
            default -> descent.maxIterationsProperty().set(k % 8 == 3 ? 300 : 1000);
        }
    }

    /**
     * The heap after a full collection, the least of three readings a moment apart: work in flight (a map being
     * sampled, a frame being rendered) is live while it runs, and is not what a leak is made of.
     */
    private static Sample sample(double minutes) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heap = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            heap = Math.min(heap, memory.getHeapMemoryUsage().getUsed());
            Thread.sleep(250);
        }
        var threads = Thread.getAllStackTraces().keySet();
        int gdviz = (int) threads.stream().filter(t -> t.getName().startsWith("gdviz-")).count();
        return new Sample(minutes, heap, threads.size(), gdviz);
    }

    private static double meanHeap(List<Sample> samples) {
        return samples.stream().mapToLong(Sample::heap).average().orElseThrow();
    }

    private static void report(List<Sample> samples, int changes, PulseWatch watch) {
        System.out.printf("soak: %d setting changes, %d pulses, longest gap between pulses %.0f ms%n", changes,
                watch.pulses(), watch.longestGapMillis());
        for (Sample s : samples) {
            System.out.printf("soak: %5.1f min  heap after GC %6.1f MB  threads %3d  gdviz-* threads %d%n",
                    s.minutes(), s.heap() / 1048576.0, s.threads(), s.gdvizThreads());
        }
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
