package gdviz.chart;

import gdviz.core.grid.ContourLevels;
import gdviz.core.grid.SampledGrid;
import gdviz.core.presets.KnownMinimum;
import java.util.List;

/**
 * Everything a contour map shows that does not move.
 *
 * @param grid      the sampled function; the map shows exactly its domain
 * @param levels    finite, strictly ascending contour levels (may be empty); copied
 * @param axisNames the two variable names, x first, used as axis titles
 * @param minima    known minima to mark, each with two coordinates (may be empty)
 * @param title     the chart title, or null or blank for none
 */
public record MapSpec(SampledGrid grid, double[] levels, List<String> axisNames, List<KnownMinimum> minima,
                      String title) {

    public MapSpec {
        if (grid == null) {
            throw new IllegalArgumentException("a map needs a sampled grid");
        }
        levels = ContourLevels.requireAscending(levels.clone());
        axisNames = List.copyOf(axisNames);
        if (axisNames.size() != 2) {
            throw new IllegalArgumentException("a map needs two axis names, not " + axisNames);
        }
        minima = List.copyOf(minima);
    }

    /** A copy of the levels. */
    @Override
    public double[] levels() {
        return levels.clone();
    }
}
