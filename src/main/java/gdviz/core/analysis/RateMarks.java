package gdviz.core.analysis;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.StopReason;
import gdviz.core.descent.Trajectory;
import java.util.Objects;

/**
 * The critical learning rates for the slider, read at the minimum a run approaches, with the words to show
 * beside them.
 *
 * @param analysis the Hessian analysis the marks come from
 * @param place    where that analysis was made
 */
public record RateMarks(StabilityAnalysis analysis, Place place) {

    /** Where the marks were read. */
    public enum Place {
        /** At the start point: before a run, or when the run did not converge. */
        START,
        /** At the last point of a converged run: the minimum (or other stationary point) it approached. */
        RUN_END
    }

    public RateMarks {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(place, "place");
    }

    /**
     * Marks at the start point, as before a run.
     *
     * @param start one finite coordinate per variable of {@code f}
     */
    public static RateMarks atStart(DifferentiableFunction f, double[] start) {
        return new RateMarks(StabilityAnalysis.at(f, start), Place.START);
    }

    /**
     * Marks at the minimum a run approaches: its last point if it converged, otherwise its start (a diverged
     * or unfinished run has not shown where it is going).
     *
     * @param f   the function the run descended
     * @param run a finished run of {@code f}
     */
    public static RateMarks approachedBy(DifferentiableFunction f, Trajectory run) {
        if (run.outcome().reason() == StopReason.CONVERGED) {
            return new RateMarks(StabilityAnalysis.at(f, run.last().point()), Place.RUN_END);
        }
        return atStart(f, run.step(0).point());
    }

    /**
     * One sentence for the slider, such as {@code steps start to oscillate above 0.333 and diverge above 0.667
     * near this minimum}, with three significant digits. "Near this minimum" needs a converged run whose end
     * curves upward in every direction; otherwise the sentence says "near the start" or "near where the run
     * stopped". Without a positive eigenvalue it says why there are no marks.
     */
    public String words() {
        String where = switch (place) {
            case START -> "near the start";
            case RUN_END -> analysis.curvesUpEverywhere() ? "near this minimum" : "near where the run stopped";
        };
        CriticalRate limit = analysis.maxStableRate();
        if (!limit.isPresent()) {
            return "no rate marks " + where + ": " + limit.reason();
        }
        return "steps start to oscillate above " + SignificantDigits.three(analysis.oscillationRate().value())
                + " and diverge above " + SignificantDigits.three(limit.value()) + " " + where;
    }
}
