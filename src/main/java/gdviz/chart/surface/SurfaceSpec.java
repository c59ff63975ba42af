package gdviz.chart.surface;

import gdviz.chart.MapSpec;
import gdviz.core.DifferentiableFunction;
import gdviz.core.grid.Domain;
import java.util.Objects;

/**
 * Everything the surface view shows that does not move.
 *
 * @param function a function of exactly two variables; its variable names title the x and y axes
 * @param domain   the (x, y) rectangle shown
 * @param heights  the f axis; the surface is cut flat where f leaves it
 * @param levels   the contour map's levels, finite and strictly ascending (may be empty), which colour the
 *                 surface exactly as the map's bands; copied
 * @param title    the chart title, or null or blank for none
 */
public record SurfaceSpec(DifferentiableFunction function, Domain domain, HeightRange heights, double[] levels,
                          String title) {

    public SurfaceSpec {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(heights, "heights");
        if (function.dimension() != 2) {
            throw new IllegalArgumentException("a surface needs a function of two variables, not "
                    + function.dimension());
        }
        levels = levels.clone();
    }

    /**
     * The surface beside {@code map}: its domain, levels and title, and the f axis {@link
     * HeightRange#readable(gdviz.core.grid.SampledGrid) readable} for the map's grid.
     *
     * @param function the function the map's grid was sampled from
     */
    public static SurfaceSpec beside(MapSpec map, DifferentiableFunction function) {
        return new SurfaceSpec(function, map.grid().domain(), HeightRange.readable(map.grid()), map.levels(),
                map.title());
    }

    /** A copy of the levels. */
    @Override
    public double[] levels() {
        return levels.clone();
    }

    /** The title of the f axis, such as "f(x, y)". */
    String valueName() {
        return "f(" + String.join(", ", function.variables()) + ")";
    }
}
