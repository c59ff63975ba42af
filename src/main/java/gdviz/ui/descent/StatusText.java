package gdviz.ui.descent;

import gdviz.core.descent.Outcome;
import gdviz.core.descent.Trajectory;
import gdviz.ui.widgets.NumberText;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a run stopped, in words a class understands, with the advice a teacher would give: "Converged after 37
 * iterations: |∇f| = 8.2e-7 ≤ 1e-6", "Diverged at iteration 12: the learning rate is too large for this function".
 */
final class StatusText {

    private StatusText() {
    }

    static String describe(Trajectory run) {
        Outcome outcome = run.outcome();
        int k = outcome.iteration();
        return switch (outcome.reason()) {
            case CONVERGED -> k == 0
                    ? "Converged at the start: |\u2207f| = " + NumberText.brief(outcome.gradientNorm()) + " \u2264 "
                            + NumberText.brief(outcome.settings().tolerance()) + ", the start is a stationary point"
                    : "Converged after " + k + (k == 1 ? " iteration" : " iterations") + ": |\u2207f| = "
                            + NumberText.brief(outcome.gradientNorm()) + " \u2264 "
                            + NumberText.brief(outcome.settings().tolerance());
            case ITERATION_LIMIT -> limitReached(run, k);
            case DIVERGED -> "Diverged at iteration " + k + (fellWithoutBound(run)
                    ? ": f decreases without bound, this function has no minimum in that direction"
                    : ": the learning rate is too large for this function");
            case LEFT_DOMAIN -> (k == 0
                    ? "The start is outside the domain of f: "
                    : "Left the domain of f at iteration " + k + ": ")
                    + "f or its gradient is " + (infinite(run, k) ? "infinite" : "undefined") + " at " + point(run, k)
                    + (k == 0 ? ", choose another start" : ", try a smaller learning rate or another start");
        };
    }

    private static String limitReached(Trajectory run, int k) {
        if (k == 0) {
            return "Showing the start only: the iteration limit is 0";
        }
        String head = "Stopped at the iteration limit (" + k + "): ";
        return run.value(k) < run.value(k - 1)
                ? head + "still descending, try a larger learning rate or more iterations"
                : head + "the steps no longer go downhill, try a smaller learning rate";
    }

    /** Whether f went down rather than up on the way out: a function unbounded below, not a too-large rate. */
    private static boolean fellWithoutBound(Trajectory run) {
        double last = run.value(run.size() - 1);
        return last == Double.NEGATIVE_INFINITY || last < run.value(0) && run.size() > 1;
    }

    /** Whether row k holds an infinite value or partial derivative, rather than a NaN (a pole, not a gap). */
    private static boolean infinite(Trajectory run, int k) {
        boolean infinite = Double.isInfinite(run.value(k));
        for (int i = 0; i < run.dimension(); i++) {
            infinite |= Double.isInfinite(run.partial(k, i));
        }
        return infinite;
    }

    private static String point(Trajectory run, int k) {
        List<String> coordinates = new ArrayList<>();
        for (int i = 0; i < run.dimension(); i++) {
            coordinates.add(run.variables().get(i) + " = " + NumberText.brief(run.coordinate(k, i)));
        }
        return String.join(", ", coordinates);
    }
}
