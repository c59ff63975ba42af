package gdviz.ui.descent;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Trajectory;
import gdviz.core.descent.UpdateRule;
import gdviz.ui.background.LatestOnly;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The descent the window shows: the function, the learning rate, the start point, the iteration limit and the
 * tolerance in; the trajectory and the status line out. Every change re-runs the descent in the background and
 * the newest run replaces the shown one; runs overtaken by a newer change are never shown.
 *
 * <p>Used on the JavaFX application thread; needs no running toolkit, so it is tested as plain Java.
 */
public final class DescentModel {

    /** The most iterations the window runs: enough for any lesson, small enough for the table to stay quick. */
    public static final int MAX_ITERATION_LIMIT = 100_000;

    private final ObjectProperty<DifferentiableFunction> function = new SimpleObjectProperty<>(this, "function");
    private final ObjectProperty<UpdateRule> rule = new SimpleObjectProperty<>(this, "rule", new GradientDescent());
    private final DoubleProperty rate = new SimpleDoubleProperty(this, "rate", 0.1);
    private final IntegerProperty maxIterations = new SimpleIntegerProperty(this, "maxIterations",
            DescentSettings.DEFAULT_MAX_ITERATIONS);
    private final DoubleProperty tolerance = new SimpleDoubleProperty(this, "tolerance",
            DescentSettings.DEFAULT_TOLERANCE);
    private final DoubleProperty startX = new SimpleDoubleProperty(this, "startX");
    private final DoubleProperty startY = new SimpleDoubleProperty(this, "startY");
    private final ReadOnlyObjectWrapper<Trajectory> trajectory = new ReadOnlyObjectWrapper<>(this, "trajectory");
    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(this, "status",
            RunStatus.message("Type a function or choose one from the list"));
    private final LatestOnly runs;

    /** @param runs where runs are computed and their results handed back */
    public DescentModel(LatestOnly runs) {
        this.runs = Objects.requireNonNull(runs, "runs");
        for (Observable input : new Observable[] {function, rule, rate, maxIterations, tolerance, startX, startY}) {
            input.addListener(changed -> rerun());
        }
    }

    /** The function to descend on, of one or two variables; null shows nothing. */
    public ObjectProperty<DifferentiableFunction> functionProperty() {
        return function;
    }

    /** The update rule each step applies, plain gradient descent at first; never null. */
    public ObjectProperty<UpdateRule> ruleProperty() {
        return rule;
    }

    /** The learning rate α, positive. */
    public DoubleProperty rateProperty() {
        return rate;
    }

    /** The iteration limit, 0 to {@link #MAX_ITERATION_LIMIT}. */
    public IntegerProperty maxIterationsProperty() {
        return maxIterations;
    }

    /** The run has converged once |∇f| is at most this, 0 or more. */
    public DoubleProperty toleranceProperty() {
        return tolerance;
    }

    /** The start's first coordinate. */
    public DoubleProperty startXProperty() {
        return startX;
    }

    /** The start's second coordinate; unused for a function of one variable. */
    public DoubleProperty startYProperty() {
        return startY;
    }

    /** The newest finished run; null until the first. */
    public ReadOnlyObjectProperty<Trajectory> trajectoryProperty() {
        return trajectory.getReadOnlyProperty();
    }

    /** What the newest run did, in words. */
    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The settings of the next run, as a command line would give them. */
    public DescentSettings settings() {
        return new DescentSettings(rate.get(), maxIterations.get(), tolerance.get());
    }

    /** The start point in the function's variable order. */
    public double[] start() {
        DifferentiableFunction f = function.get();
        return f != null && f.dimension() == 1
                ? new double[] {startX.get()}
                : new double[] {startX.get(), startY.get()};
    }

    private void rerun() {
        DifferentiableFunction f = function.get();
        if (f == null) {
            return;
        }
        Descent descent;
        try {
            descent = new Descent(f, rule.get(), settings());
        } catch (IllegalArgumentException e) {
            runs.discardPending();
            status.set(RunStatus.message("Cannot run: " + e.getMessage()));
            return;
        }
        double[] start = start();
        runs.submit(() -> descent.trace(start), this::show,
                failure -> status.set(RunStatus.message("Cannot run: " + failure.getMessage())));
    }

    private void show(Trajectory run) {
        trajectory.set(run);
        status.set(RunStatus.of(run));
    }
}
