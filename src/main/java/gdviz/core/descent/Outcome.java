package gdviz.core.descent;

import java.util.Objects;

/**
 * How and where a descent run ended.
 *
 * @param reason       why it stopped
 * @param iteration    the iteration of the last row produced, the one that triggered the stop
 * @param gradientNorm |∇f| at that row (NaN or infinite for {@link StopReason#LEFT_DOMAIN} and
 *                     some {@link StopReason#DIVERGED} stops)
 * @param settings     the settings of the run
 */
public record Outcome(StopReason reason, int iteration, double gradientNorm, DescentSettings settings) {

    public Outcome {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(settings, "settings");
        if (iteration < 0) {
            throw new IllegalArgumentException("iteration must be 0 or more, got " + iteration);
        }
    }

    /**
     * A few words for a figure title, for example {@code converged after 37 iterations}, {@code stopped at the
     * iteration limit (1000)}, {@code diverged at iteration 12} or {@code left the domain at iteration 3}.
     */
    public String summary() {
        return switch (reason) {
            case CONVERGED -> iteration == 0 ? "converged at the start"
                    : "converged after " + iteration + (iteration == 1 ? " iteration" : " iterations");
            case ITERATION_LIMIT -> "stopped at the iteration limit (" + iteration + ")";
            case DIVERGED -> "diverged at iteration " + iteration;
            case LEFT_DOMAIN -> iteration == 0 ? "started outside the domain of f"
                    : "left the domain at iteration " + iteration;
        };
    }

    /**
     * One line of plain English for a person, for example
     * {@code converged at iteration 37: |grad f| = 8.2e-07 <= tolerance 1e-06}.
     */
    public String description() {
        return switch (reason) {
            case CONVERGED -> "converged at iteration " + iteration + ": |grad f| = " + NumberText.brief(gradientNorm)
                    + " <= tolerance " + NumberText.brief(settings.tolerance());
            case ITERATION_LIMIT -> "stopped at the iteration limit (" + iteration + "): |grad f| = "
                    + NumberText.brief(gradientNorm) + " is still above the tolerance "
                    + NumberText.brief(settings.tolerance());
            case DIVERGED -> "diverged at iteration " + iteration + ": values grew without bound"
                    + " (the learning rate is too large, or f has no minimum in that direction)";
            case LEFT_DOMAIN -> "left the domain at iteration " + iteration + (iteration == 0
                    ? ": f or its gradient is not a finite number at the start"
                    : ": f or its gradient is not a number there");
        };
    }
}
