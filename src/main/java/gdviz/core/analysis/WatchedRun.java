package gdviz.core.analysis;

import gdviz.core.descent.Descent;
import gdviz.core.descent.Outcome;
import gdviz.core.descent.Step;
import gdviz.core.descent.StepListener;
import java.util.concurrent.CancellationException;

/** One descent run that keeps only its last row and gives up when the work it belongs to stops. */
final class WatchedRun implements StepListener<CancellationException> {

    /** Rows between looks at the stop flag: often enough for a prompt cancel, rare enough to cost nothing. */
    private static final int CHECK_INTERVAL = 64;

    private final ParallelWork work;
    private final double[] last;
    private double lastValue;
    private Outcome outcome;

    private WatchedRun(ParallelWork work, int dimension) {
        this.work = work;
        this.last = new double[dimension];
    }

    static WatchedRun run(Descent descent, double[] start, ParallelWork work) {
        WatchedRun run = new WatchedRun(work, start.length);
        run.outcome = descent.run(start, run);
        return run;
    }

    @Override
    public void accept(Step step) {
        if (step.iteration() % CHECK_INTERVAL == CHECK_INTERVAL - 1) {
            work.throwIfStopped();
        }
        for (int i = 0; i < last.length; i++) {
            last[i] = step.coordinate(i);
        }
        lastValue = step.value();
    }

    Outcome outcome() {
        return outcome;
    }

    /** The last point; shared, do not modify. */
    double[] lastPoint() {
        return last;
    }

    double lastValue() {
        return lastValue;
    }
}
