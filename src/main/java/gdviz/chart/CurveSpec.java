package gdviz.chart;

import gdviz.core.DifferentiableFunction;
import gdviz.core.presets.KnownMinimum;
import java.util.List;

/**
 * Everything a curve view of a one-variable function shows that does not move.
 *
 * @param function a function of exactly one variable, whose name labels the axes ("w" and "f(w)")
 * @param xMin     left end of the plotted range, finite
 * @param xMax     right end, finite and greater than {@code xMin}
 * @param minima   known minima to mark, each with one coordinate (may be empty)
 * @param title    the chart title, or null or blank for none
 */
public record CurveSpec(DifferentiableFunction function, double xMin, double xMax, List<KnownMinimum> minima,
                        String title) {

    public CurveSpec {
        if (function == null || function.dimension() != 1) {
            throw new IllegalArgumentException("a curve needs a function of one variable"
                    + (function == null ? "" : ", not " + function.dimension()));
        }
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && xMax > xMin)) {
            throw new IllegalArgumentException("the " + function.variables().get(0)
                    + " range must run from a smaller to a larger finite number, not " + xMin + " to " + xMax);
        }
        minima = List.copyOf(minima);
    }

    /** The variable's name. */
    public String variable() {
        return function.variables().get(0);
    }
}
