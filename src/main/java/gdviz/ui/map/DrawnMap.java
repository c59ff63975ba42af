package gdviz.ui.map;

import gdviz.chart.MapSpec;
import gdviz.core.DifferentiableFunction;

/**
 * What the contour map shows, for views beside it that must match it (the surface takes its levels, colours and
 * region).
 *
 * @param function the function of two variables the map shows
 * @param spec     what the map was drawn from; null when there was nothing to draw (f undefined everywhere)
 */
public record DrawnMap(DifferentiableFunction function, MapSpec spec) {

    /** Why there is no map, and so no spec. */
    public static final String UNDEFINED = "f is undefined everywhere in this region: move or zoom the map";
}
