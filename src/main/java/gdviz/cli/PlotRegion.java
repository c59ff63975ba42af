package gdviz.cli;

import gdviz.core.descent.Trajectory;
import gdviz.core.grid.Domain;
import gdviz.core.presets.Preset;
import java.util.Optional;

/**
 * The region a plot shows when no {@code --domain} is given. A preset keeps its own region, the one the app
 * shows it in; any other function gets the bounding box of the path (start included), padded on every side by
 * a quarter of its extent but at least 1, so a short path has room around it and a start at the minimum still
 * shows the bowl. Either way the region is extended until every finite iterate lies inside: a figure never
 * hides where the descent went.
 */
final class PlotRegion {

    /** Padding on each side, as a fraction of the path's extent along that axis. */
    static final double PADDING = 0.25;
    /** The least padding on each side, in the variable's units. */
    static final double MIN_PADDING = 1;

    private PlotRegion() {
    }

    /** The (x, y) region of a map for a path of two variables. */
    static Domain forMap(Trajectory path, Optional<Preset> preset) throws UserInputException {
        double[] x = range(path, 0, preset.map(p -> new double[] {p.domain().xMin(), p.domain().xMax()}));
        double[] y = range(path, 1, preset.map(p -> new double[] {p.domain().yMin(), p.domain().yMax()}));
        return new Domain(x[0], x[1], y[0], y[1]);
    }

    /** The x range {lo, hi} of a curve for a path of one variable. */
    static double[] forCurve(Trajectory path, Optional<Preset> preset) throws UserInputException {
        return range(path, 0, preset.map(p -> new double[] {p.domain().xMin(), p.domain().xMax()}));
    }

    private static double[] range(Trajectory path, int variable, Optional<double[]> presetRange)
            throws UserInputException {
        double[] box = finiteBox(path, variable);
        double pad = Math.max(MIN_PADDING, PADDING * (box[1] - box[0]));
        double[] padded = {box[0] - pad, box[1] + pad};
        double[] range = presetRange.orElse(padded);
        if (presetRange.isPresent() && !(box[0] >= range[0] && box[1] <= range[1])) {
            range = new double[] {Math.min(range[0], padded[0]), Math.max(range[1], padded[1])};
        }
        // Far enough out, the padding overflows or no longer changes the number: no region can be drawn there.
        if (!(Double.isFinite(range[0]) && Double.isFinite(range[1]) && range[1] > range[0])) {
            throw new UserInputException("the path reaches " + path.variables().get(variable) + " from " + box[0]
                    + " to " + box[1] + ", too far out to choose a region around it; give --domain");
        }
        return range;
    }

    /**
     * The least and greatest coordinate of {@code variable} over the iterates whose coordinates are all finite
     * (the ones a figure draws); the start always is one.
     */
    private static double[] finiteBox(Trajectory path, int variable) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < path.size(); k++) {
            if (allFinite(path, k)) {
                double c = path.coordinate(k, variable);
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
            }
        }
        return new double[] {lo, hi};
    }

    private static boolean allFinite(Trajectory path, int iteration) {
        for (int i = 0; i < path.dimension(); i++) {
            if (!Double.isFinite(path.coordinate(iteration, i))) {
                return false;
            }
        }
        return true;
    }
}
