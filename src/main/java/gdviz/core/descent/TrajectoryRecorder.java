package gdviz.core.descent;

import java.util.Arrays;
import java.util.List;

/** Copies streamed rows into growing flat arrays and seals them into a {@link Trajectory}. */
final class TrajectoryRecorder implements StepListener<RuntimeException> {

    private static final int INITIAL_ROWS = 64;

    private final List<String> variables;
    private final int n;
    private int size;
    private double[] points = new double[0];
    private double[] values = new double[0];
    private double[] gradients = new double[0];
    private double[] gradientNorms = new double[0];
    private double[] stepLengths = new double[0];

    TrajectoryRecorder(List<String> variables) {
        this.variables = variables;
        this.n = variables.size();
        allocate(INITIAL_ROWS);
    }

    @Override
    public void accept(Step step) {
        if (size == values.length) {
            allocate(2 * size);
        }
        for (int i = 0; i < n; i++) {
            points[size * n + i] = step.coordinate(i);
            gradients[size * n + i] = step.partial(i);
        }
        values[size] = step.value();
        gradientNorms[size] = step.gradientNorm();
        stepLengths[size] = step.stepLength();
        size++;
    }

    /** The rows so far, trimmed to size, with the run's outcome and the rule that made them. */
    Trajectory finish(Outcome outcome, UpdateRule rule) {
        allocate(size);
        return new Trajectory(variables, size, points, values, gradients, gradientNorms, stepLengths, outcome,
                rule);
    }

    private void allocate(int rows) {
        points = Arrays.copyOf(points, rows * n);
        values = Arrays.copyOf(values, rows);
        gradients = Arrays.copyOf(gradients, rows * n);
        gradientNorms = Arrays.copyOf(gradientNorms, rows);
        stepLengths = Arrays.copyOf(stepLengths, rows);
    }
}
