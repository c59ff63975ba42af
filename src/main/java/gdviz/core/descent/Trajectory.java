package gdviz.core.descent;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * All rows of a finished descent run and how it ended. Immutable; the rows are stored in flat
 * arrays (about (2n + 3) doubles per row for n variables), so long runs stay compact.
 */
public final class Trajectory {

    private final List<String> variables;
    private final int size;
    private final double[] points;
    private final double[] values;
    private final double[] gradients;
    private final double[] gradientNorms;
    private final double[] stepLengths;
    private final Outcome outcome;
    private final UpdateRule rule;

    /** Takes ownership of the arrays; row k of the n-variable columns starts at index k·n. */
    Trajectory(List<String> variables, int size, double[] points, double[] values, double[] gradients,
            double[] gradientNorms, double[] stepLengths, Outcome outcome, UpdateRule rule) {
        this.variables = List.copyOf(variables);
        this.size = size;
        this.points = points;
        this.values = values;
        this.gradients = gradients;
        this.gradientNorms = gradientNorms;
        this.stepLengths = stepLengths;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The variable names, in the order of each row's coordinates. */
    public List<String> variables() {
        return variables;
    }

    /** The number of variables. */
    public int dimension() {
        return variables.size();
    }

    /** The number of rows, {@code outcome().iteration() + 1}; at least 1. */
    public int size() {
        return size;
    }

    /** Why and where the run stopped. */
    public Outcome outcome() {
        return outcome;
    }

    /** The update rule that made the run, with its hyperparameters. */
    public UpdateRule rule() {
        return rule;
    }

    /**
     * Replays the update that led from row k − 1 to row k with a fresh run of {@link #rule()}, fed the recorded
     * points and gradients, so the optimiser's state (velocity, averages of squared gradients …) before and
     * after that update can be read. Takes time in proportion to k.
     *
     * @param iteration 1 ≤ iteration &lt; {@link #size()}
     * @throws IndexOutOfBoundsException otherwise
     */
    public ReplayedStep replay(int iteration) {
        Objects.checkIndex(iteration - 1, size - 1);
        int n = dimension();
        Stepper stepper = rule.start(n);
        double[] point = new double[n];
        double[] gradient = new double[n];
        double[] next = new double[n];
        Map<StateQuantity, double[]> before = Map.of();
        for (int k = 0; k < iteration; k++) {
            System.arraycopy(points, k * n, point, 0, n);
            System.arraycopy(gradients, k * n, gradient, 0, n);
            if (k == iteration - 1) {
                // Only the state before the replayed step is reported; copying it at every step cost O(k) maps.
                before = k == 0 ? Map.of() : stepper.state();
            }
            stepper.step(point, gradient, outcome.settings().rate(), next);
        }
        return new ReplayedStep(iteration, point, gradient, next, outcome.settings().rate(), before,
                stepper.state());
    }

    /**
     * Row k.
     *
     * @param iteration 0 ≤ iteration &lt; {@link #size()}
     * @throws IndexOutOfBoundsException otherwise
     */
    public Step step(int iteration) {
        Objects.checkIndex(iteration, size);
        return new StoredStep(iteration);
    }

    /** The last row, the one that triggered the stop. */
    public Step last() {
        return step(size - 1);
    }

    /** All rows as an unmodifiable list view. */
    public List<Step> steps() {
        return new Rows();
    }

    /** A coordinate of row k, without creating a {@link Step}; same index contracts as {@link #step(int)}. */
    public double coordinate(int iteration, int variable) {
        return points[index(iteration, variable)];
    }

    /** f at row k. */
    public double value(int iteration) {
        return values[Objects.checkIndex(iteration, size)];
    }

    /** A partial derivative at row k. */
    public double partial(int iteration, int variable) {
        return gradients[index(iteration, variable)];
    }

    /** |∇f| at row k. */
    public double gradientNorm(int iteration) {
        return gradientNorms[Objects.checkIndex(iteration, size)];
    }

    /** |w_k − w_(k−1)| at row k. */
    public double stepLength(int iteration) {
        return stepLengths[Objects.checkIndex(iteration, size)];
    }

    private int index(int iteration, int variable) {
        Objects.checkIndex(iteration, size);
        Objects.checkIndex(variable, variables.size());
        return iteration * variables.size() + variable;
    }

    private final class StoredStep implements Step {
        private final int iteration;

        StoredStep(int iteration) {
            this.iteration = iteration;
        }

        @Override
        public int iteration() {
            return iteration;
        }

        @Override
        public int dimension() {
            return Trajectory.this.dimension();
        }

        @Override
        public double coordinate(int variable) {
            return Trajectory.this.coordinate(iteration, variable);
        }

        @Override
        public double value() {
            return Trajectory.this.value(iteration);
        }

        @Override
        public double partial(int variable) {
            return Trajectory.this.partial(iteration, variable);
        }

        @Override
        public double gradientNorm() {
            return Trajectory.this.gradientNorm(iteration);
        }

        @Override
        public double stepLength() {
            return Trajectory.this.stepLength(iteration);
        }
    }

    private final class Rows extends AbstractList<Step> implements RandomAccess {
        @Override
        public Step get(int index) {
            return step(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
