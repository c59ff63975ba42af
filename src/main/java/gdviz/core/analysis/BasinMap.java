package gdviz.core.analysis;

import gdviz.core.descent.Descent;
import gdviz.core.descent.StopReason;
import gdviz.core.presets.KnownMinimum;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Which known minimum a descent reaches from each start point of a grid: the basins of attraction of the
 * current optimiser and learning rate. Immutable.
 *
 * <p>A run counts as reaching a minimum when its last point, whether it converged or met the iteration
 * limit, lies within {@link #matchDistance()} of it ({@value #MATCH_FRACTION} of the domain's longer side);
 * the nearest minimum wins. Labels are indices into {@link #minima()}, or {@link #NO_MINIMUM} or
 * {@link #DIVERGED}.
 */
public final class BasinMap {

    /** The label of a run that ended away from every known minimum. */
    public static final int NO_MINIMUM = -1;

    /** The label of a run that diverged or left the function's domain. */
    public static final int DIVERGED = -2;

    /** How close to a minimum, as a share of the domain's longer side, a run's end must be. */
    public static final double MATCH_FRACTION = 0.02;

    private final StartGrid grid;
    private final List<KnownMinimum> minima;
    private final int[] labels;

    private BasinMap(StartGrid grid, List<KnownMinimum> minima, int[] labels) {
        this.grid = grid;
        this.minima = minima;
        this.labels = labels;
    }

    /**
     * Runs one descent from the centre of every cell, rows in parallel on all cores.
     *
     * @param descent   the function (of two variables), update rule and settings of every run
     * @param minima    the known minima to match, each with two coordinates; may be empty
     * @param grid      the start points
     * @param cancelled asked between rows and every few dozen steps within a run
     * @param progress  hears each finished row
     * @throws IllegalArgumentException if the function or a minimum does not have two variables
     * @throws CancellationException    if cancelled before every row was run
     */
    public static BasinMap compute(Descent descent, List<KnownMinimum> minima, StartGrid grid,
            BooleanSupplier cancelled, Progress progress) {
        Objects.requireNonNull(grid, "grid");
        List<KnownMinimum> targets = List.copyOf(minima);
        if (descent.function().dimension() != 2) {
            throw new IllegalArgumentException("a basin map needs a function of two variables, not "
                    + descent.function().dimension());
        }
        for (KnownMinimum minimum : targets) {
            if (minimum.point().size() != 2) {
                throw new IllegalArgumentException("a basin map needs minima with two coordinates, got "
                        + minimum.point());
            }
        }
        double reach = matchDistance(grid);
        int[] labels = new int[grid.columns() * grid.rows()];
        ParallelWork work = new ParallelWork(cancelled, progress);
        work.run(grid.rows(), j -> {
            double[] start = {0, grid.y(j)};
            for (int i = 0; i < grid.columns(); i++) {
                start[0] = grid.x(i);
                labels[j * grid.columns() + i] = label(WatchedRun.run(descent, start, work), targets, reach);
            }
        });
        return new BasinMap(grid, targets, labels);
    }

    private static double matchDistance(StartGrid grid) {
        return MATCH_FRACTION * Math.max(grid.domain().width(), grid.domain().height());
    }

    private static int label(WatchedRun run, List<KnownMinimum> minima, double reach) {
        StopReason reason = run.outcome().reason();
        if (reason == StopReason.DIVERGED || reason == StopReason.LEFT_DOMAIN) {
            return DIVERGED;
        }
        double[] end = run.lastPoint();
        int nearest = NO_MINIMUM;
        double nearestDistance = reach;
        for (int m = 0; m < minima.size(); m++) {
            List<Double> at = minima.get(m).point();
            double distance = Math.hypot(end[0] - at.get(0), end[1] - at.get(1));
            if (distance <= nearestDistance) {
                nearest = m;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    /** The start points. */
    public StartGrid grid() {
        return grid;
    }

    /** The minima that labels index. */
    public List<KnownMinimum> minima() {
        return minima;
    }

    /** How close to a minimum a run's end had to be to count as reaching it. */
    public double matchDistance() {
        return matchDistance(grid);
    }

    /**
     * The label of one cell: an index into {@link #minima()}, {@link #NO_MINIMUM} or {@link #DIVERGED}.
     *
     * @param column 0 ≤ column &lt; columns
     * @param row    0 ≤ row &lt; rows, 0 at the bottom
     */
    public int label(int column, int row) {
        Objects.checkIndex(column, grid.columns());
        Objects.checkIndex(row, grid.rows());
        return labels[row * grid.columns() + column];
    }

    /** All labels, row by row from the bottom, {@code labels[row * columns + column]}; a copy. */
    public int[] labels() {
        return labels.clone();
    }

    /** How many cells carry {@code label}. */
    public int count(int label) {
        int count = 0;
        for (int l : labels) {
            if (l == label) {
                count++;
            }
        }
        return count;
    }
}
