package gdviz.core.expr;

import java.util.List;

/**
 * A function as a straight list of {@link Step}s, each filling its own slot from earlier ones; the last
 * slot is the function. Running it in {@link Order#HESSIAN} is forward-mode automatic differentiation to
 * second order. Immutable; every run gets fresh scratch space, so runs may overlap on many threads.
 */
final class Tape {

    private final Step[] steps;
    private final int dimension;

    Tape(List<Step> steps, int dimension) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a tape needs at least one step");
        }
        this.steps = steps.toArray(new Step[0]);
        this.dimension = dimension;
    }

    int dimension() {
        return dimension;
    }

    /** The steps in order; step i fills slot i. */
    List<Step> steps() {
        return List.of(steps);
    }

    /**
     * Runs the tape at {@code point}.
     *
     * @param gradient receives the gradient unless {@code order} is VALUE
     * @param hessian  receives the row-major Hessian when {@code order} is HESSIAN
     * @return the value
     */
    double run(double[] point, Order order, double[] gradient, double[] hessian) {
        JetWork work = new JetWork(steps.length, dimension, order);
        for (Step step : steps) {
            step.forward(point, work);
        }
        int last = steps.length - 1;
        work.copyOut(last, order == Order.VALUE ? null : gradient, order == Order.HESSIAN ? hessian : null);
        return work.value(last);
    }
}
