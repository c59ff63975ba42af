package gdviz.core.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a learning-rate sweep found: one point per rate, ascending by rate, and the rate marks to draw over
 * them. Immutable.
 */
public final class SweepResult {

    private final List<SweepPoint> points;
    private final RateMarks marks;

    SweepResult(List<SweepPoint> points, RateMarks marks) {
        this.points = List.copyOf(points);
        this.marks = Objects.requireNonNull(marks, "marks");
    }

    /** One point per rate, ascending by rate. */
    public List<SweepPoint> points() {
        return points;
    }

    /**
     * The rate marks read at the end of the fastest converged run (the minimum the runs approach), or at the
     * start if no run converged; {@code marks().analysis().maxStableRate()} is the limit to draw.
     */
    public RateMarks marks() {
        return marks;
    }

    /** The stability limit 2/λ_max to draw over the points: {@code marks().analysis().maxStableRate()}. */
    public CriticalRate limit() {
        return marks.analysis().maxStableRate();
    }

    /** The converged run with the fewest iterations, the lower rate on a tie; empty if none converged. */
    public Optional<SweepPoint> fastest() {
        OptionalInt index = fastestIndex(points);
        return index.isPresent() ? Optional.of(points.get(index.getAsInt())) : Optional.empty();
    }

    /** Relies on the points ascending by rate, so the first of equally fast runs has the lower rate. */
    static OptionalInt fastestIndex(List<SweepPoint> points) {
        int best = -1;
        for (int k = 0; k < points.size(); k++) {
            SweepPoint point = points.get(k);
            if (point.converged() && (best < 0 || point.iterations() < points.get(best).iterations())) {
                best = k;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }
}
