package gdviz.chart.surface;

import gdviz.core.descent.Trajectory;
import java.awt.Color;
import java.util.Objects;

/**
 * A further run to lay on the surface beside the live one, such as a pinned run, in a colour of its own.
 *
 * @param run     a run of the surface's function, coordinates in the function's variable order
 * @param current the last step to show, 0 ≤ current &lt; run.size(); all runs advance together
 * @param colour  the colour of its tube and markers
 */
public record SurfaceRun(Trajectory run, int current, Color colour) {

    public SurfaceRun {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(colour, "colour");
        Objects.checkIndex(current, run.size());
    }
}
