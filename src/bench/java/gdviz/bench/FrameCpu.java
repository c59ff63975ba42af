package gdviz.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time of the threads that make a frame: the JavaFX thread (events, CSS, layout) and the render thread
 * (the snapshot's drawing). Time another process takes from these threads' core is not in it, so on a shared
 * machine it tells what a frame costs where the wall-clock time tells mostly how busy the machine was. It also
 * holds what the render thread spends meanwhile on the window's own repaints, which the idle metric shows.
 */
final class FrameCpu {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long[] ids;

    private FrameCpu(long[] ids) {
        this.ids = ids;
    }

    /** The toolkit's threads as they are now; call from the benchmark's thread after the window is open. */
    static FrameCpu ofToolkit() {
        long[] ids = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("JavaFX Application Thread") || t.getName().equals("Event Thread")
                        || t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).toArray();
        if (ids.length < 2) {
            throw new IllegalStateException("the toolkit's threads were not found: " + Arrays.toString(ids));
        }
        return new FrameCpu(ids);
    }

    /** CPU nanoseconds these threads have used so far. */
    long nanos() {
        long sum = 0;
        for (long id : ids) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }
}
