package gdviz.core.descent;

import gdviz.core.DifferentiableFunction;
import java.util.Arrays;
import java.util.Objects;

/**
 * The descent loop: from a start point, repeatedly evaluate f and ∇f, hand the row to a listener,
 * decide whether to stop, and let the {@link UpdateRule} compute the next point.
 *
 * <p>Row k holds w_k, f(w_k), ∇f(w_k), |∇f(w_k)| and |w_k − w_(k−1)| (0 for k = 0). After each row
 * the run stops, first match wins, when:
 * <ol>
 *   <li>a coordinate of w_k is infinite or NaN: {@link StopReason#DIVERGED};</li>
 *   <li>f(w_k) or a partial derivative is NaN: {@link StopReason#LEFT_DOMAIN};</li>
 *   <li>f(w_k) or a partial derivative is infinite: {@link StopReason#DIVERGED}, except at the start
 *       (k = 0), where no step has been taken: {@link StopReason#LEFT_DOMAIN};</li>
 *   <li>|w_k − w_0| &gt; {@value #GROWTH_BOUND}·(1 + |w_0|), so far beyond any sensible scale of the
 *       start that the run is running away: {@link StopReason#DIVERGED};</li>
 *   <li>|∇f(w_k)| ≤ tolerance: {@link StopReason#CONVERGED} (checked from k = 0 on, so a start at a
 *       stationary point converges at 0);</li>
 *   <li>k = maxIterations: {@link StopReason#ITERATION_LIMIT}.</li>
 * </ol>
 * The row that triggers a stop is always produced, also when it holds NaN or infinite values: the
 * user sees where the run broke down, and the {@link Outcome#iteration()} names that row. A run
 * therefore produces between 1 and maxIterations + 1 rows.
 *
 * <p>Instances are immutable and may run on many threads at once.
 */
public final class Descent {

    /** Relative distance from the start, |w_k − w_0| / (1 + |w_0|), beyond which a run has diverged. */
    public static final double GROWTH_BOUND = 1e10;

    private final DifferentiableFunction function;
    private final UpdateRule rule;
    private final DescentSettings settings;

    /**
     * @param function what to minimise; not null
     * @param rule     how to step; not null
     * @param settings rate, iteration limit and tolerance; not null
     */
    public Descent(DifferentiableFunction function, UpdateRule rule, DescentSettings settings) {
        this.function = Objects.requireNonNull(function, "function");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public DifferentiableFunction function() {
        return function;
    }

    public UpdateRule rule() {
        return rule;
    }

    public DescentSettings settings() {
        return settings;
    }

    /**
     * Runs the descent and streams every row to {@code listener} as it is computed; nothing is kept.
     *
     * @param start    one finite coordinate per variable of the function; not modified
     * @param listener receives each row; if it throws, the run ends and the exception passes through
     * @return why and at which iteration the run stopped
     * @throws IllegalArgumentException if {@code start} has the wrong length or a non-finite value
     * @throws X                        whatever the listener throws
     */
    public <X extends Exception> Outcome run(double[] start, StepListener<X> listener) throws X {
        Objects.requireNonNull(listener, "listener");
        int n = function.dimension();
        requireFits(start);
        StopCheck stopCheck = new StopCheck(start, settings);
        Stepper stepper = rule.start(n);
        double[] point = start.clone();
        double[] next = new double[n];
        double[] gradient = new double[n];
        double[] scratch = new double[n];
        LiveStep row = new LiveStep(n);
        double stepLength = 0;
        for (int k = 0; ; k++) {
            double value = function.valueAndGradient(point, gradient);
            double gradientNorm = Vectors.norm(gradient);
            row.show(k, point, value, gradient, gradientNorm, stepLength);
            listener.accept(row);
            StopReason reason = stopCheck.reasonAt(k, point, value, gradientNorm);
            if (reason != null) {
                return new Outcome(reason, k, gradientNorm, settings);
            }
            stepper.step(point, gradient, settings.rate(), next);
            stepLength = Vectors.distance(next, point, scratch);
            double[] previous = point;
            point = next;
            next = previous;
        }
    }

    /**
     * Runs the descent and keeps every row.
     *
     * @param start one finite coordinate per variable of the function; not modified
     * @return all rows and the outcome
     * @throws IllegalArgumentException if {@code start} has the wrong length or a non-finite value
     */
    public Trajectory trace(double[] start) {
        TrajectoryRecorder recorder = new TrajectoryRecorder(function.variables());
        Outcome outcome = run(start, recorder);
        return recorder.finish(outcome, rule);
    }

    /**
     * Checks a start point as {@link #run} does, for callers that want bad input refused before they
     * start work of their own.
     *
     * @param start one finite coordinate per variable of the function
     * @throws IllegalArgumentException if {@code start} has the wrong length or a non-finite value
     */
    public void requireFits(double[] start) {
        Objects.requireNonNull(start, "start");
        int dimension = function.dimension();
        if (start.length != dimension) {
            throw new IllegalArgumentException("the start has " + start.length + " coordinates but the function has "
                    + dimension + " variables " + function.variables());
        }
        for (double x : start) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("the start must be finite, got " + Arrays.toString(start));
            }
        }
    }
}
