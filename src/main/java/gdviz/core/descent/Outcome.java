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
            case LEFT_DOMAIN -> "left the domain at iteration " + iteration
                    + ": f or its gradient is not a number there";
        };
    }
}
