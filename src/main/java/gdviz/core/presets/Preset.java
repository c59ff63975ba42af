package gdviz.core.presets;

import gdviz.core.grid.Domain;
import java.util.List;

/**
 * A ready-made function for the function box: its text, the view that shows it well, where a descent might
 * start, a learning rate that shows something, and its known minima.
 *
 * @param name        the name shown in the list, e.g. "Rosenbrock"
 * @param expression  the function in exp4j syntax
 * @param domain      the plotted region; for one-variable functions only the x range is used
 * @param start       a start point with one coordinate per variable
 * @param rate        a learning rate that converges visibly for this function
 * @param minima      known minima (empty for functions without one, such as the saddle)
 * @param note        one sentence for the teacher about what the function shows
 */
public record Preset(String name, String expression, Domain domain, List<Double> start, double rate,
                     List<KnownMinimum> minima, String note) {

    public Preset {
        start = List.copyOf(start);
        minima = List.copyOf(minima);
    }

    /** The name and text as the function box lists them. */
    @Override
    public String toString() {
        return name + ": " + expression;
    }
}
