package gdviz.core.analysis;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.UpdateRule;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Runs one descent per learning rate, from the same start with the same update rule, so that one picture
 * shows slow convergence at small rates and blow-up at large ones. Immutable; {@link #run} may be called
 * from any thread, several times.
 */
public final class LearningRateSweep {

    private final DifferentiableFunction function;
    private final UpdateRule rule;
    private final double[] start;
    private final SweepSettings settings;

    /**
     * @param function what to minimise; not null
     * @param rule     the update rule of every run; not null
     * @param start    one finite coordinate per variable; copied
     * @param settings the rates and the limits of each run; not null
     * @throws IllegalArgumentException if {@code start} does not fit the function
     */
    public LearningRateSweep(DifferentiableFunction function, UpdateRule rule, double[] start,
            SweepSettings settings) {
        this.function = Objects.requireNonNull(function, "function");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.start = start.clone();
        new Descent(function, rule, settings.runSettings(settings.lowestRate())).requireFits(this.start);
    }

    /** Runs every rate on all cores without progress reports or a way to cancel. */
    public SweepResult run() {
        return run(() -> false, Progress.NONE);
    }

    /**
     * Runs every rate on all cores.
     *
     * @param cancelled asked between rates and every few dozen steps within a run; once it answers true the
     *                  sweep stops promptly
     * @param progress  hears each finished rate
     * @throws CancellationException if cancelled before every rate was run
     */
    public SweepResult run(BooleanSupplier cancelled, Progress progress) {
        double[] rates = settings.rates();
        SweepPoint[] points = new SweepPoint[rates.length];
        double[][] ends = new double[rates.length][];
        ParallelWork work = new ParallelWork(cancelled, progress);
        work.run(rates.length, k -> {
            Descent descent = new Descent(function, rule, settings.runSettings(rates[k]));
            WatchedRun run = WatchedRun.run(descent, start, work);
            points[k] = new SweepPoint(rates[k], run.outcome().reason(), run.outcome().iteration(), run.lastValue());
            ends[k] = run.lastPoint().clone();
        });
        return new SweepResult(List.of(points), marks(points, ends));
    }

    private RateMarks marks(SweepPoint[] points, double[][] ends) {
        OptionalInt fastest = SweepResult.fastestIndex(List.of(points));
        if (fastest.isEmpty()) {
            return RateMarks.atStart(function, start);
        }
        return new RateMarks(StabilityAnalysis.at(function, ends[fastest.getAsInt()]), RateMarks.Place.RUN_END);
    }
}
