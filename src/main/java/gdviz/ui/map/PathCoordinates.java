package gdviz.ui.map;

import gdviz.chart.PathFrame;
import gdviz.core.descent.Trajectory;

/** A two-variable run's iterates as the coordinate arrays the path painter reads, extracted once per run. */
final class PathCoordinates {

    private final Trajectory run;
    private final double[] xs;
    private final double[] ys;

    PathCoordinates(Trajectory run) {
        this.run = run;
        xs = new double[run.size()];
        ys = new double[run.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = run.coordinate(k, 0);
            ys[k] = run.coordinate(k, 1);
        }
    }

    int size() {
        return xs.length;
    }

    /**
     * The path revealed up to step {@code current}, with the gradient there.
     *
     * @param arrow whether to show the −α∇f arrow of the next step (a quiz hides it, it would give the answer)
     */
    PathFrame frame(int current, boolean arrow) {
        return new PathFrame(xs, ys, current, run.partial(current, 0), run.partial(current, 1),
                arrow ? run.outcome().settings().rate() : Double.NaN);
    }
}
