package gdviz.core.descent;

/** Why a descent run ended. Every reason is a normal end of a run, not an error. */
public enum StopReason {
    /** |∇f| ≤ tolerance at the stop iteration (possibly 0: a start at a stationary point). */
    CONVERGED,
    /** The iteration limit was reached and |∇f| was still above the tolerance. */
    ITERATION_LIMIT,
    /** A coordinate, f or the gradient became infinite, or the point moved past the growth bound. */
    DIVERGED,
    /** f or a partial derivative is NaN at the stop iteration: the point is outside the domain. */
    LEFT_DOMAIN
}
