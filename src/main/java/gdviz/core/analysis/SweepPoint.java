package gdviz.core.analysis;

import gdviz.core.descent.StopReason;
import java.util.Objects;

/**
 * How the run at one learning rate of a sweep ended.
 *
 * @param rate       the learning rate
 * @param reason     why the run stopped
 * @param iterations the iteration of its last row: for a converged run, the iterations it needed
 * @param finalValue f at its last row; infinite or NaN for runs that diverged or left the domain
 */
public record SweepPoint(double rate, StopReason reason, int iterations, double finalValue) {

    public SweepPoint {
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the run converged. */
    public boolean converged() {
        return reason == StopReason.CONVERGED;
    }
}
