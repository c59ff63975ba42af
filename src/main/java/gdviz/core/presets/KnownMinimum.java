package gdviz.core.presets;

import java.util.List;

/**
 * A minimum of a preset function, as given in the optimisation literature (to double precision where a closed
 * form or a Newton refinement gives one).
 *
 * @param point  the coordinates, one per variable
 * @param value  f at the point
 * @param global whether no other point has a smaller value
 */
public record KnownMinimum(List<Double> point, double value, boolean global) {

    public KnownMinimum {
        point = List.copyOf(point);
    }

    static KnownMinimum global(double value, double... point) {
        return new KnownMinimum(box(point), value, true);
    }

    static KnownMinimum local(double value, double... point) {
        return new KnownMinimum(box(point), value, false);
    }

    private static List<Double> box(double[] point) {
        return java.util.Arrays.stream(point).boxed().toList();
    }
}
