package gdviz.ui.rates;

import gdviz.core.DifferentiableFunction;
import gdviz.core.analysis.RateMarks;
import gdviz.core.descent.Trajectory;
import gdviz.ui.descent.DescentModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The critical learning rates of the shown descent: read at the minimum the newest run approaches, or at the
 * start while a new function has no run yet. One Hessian at one point, so it is read on the calling thread.
 *
 * <p>Used on the JavaFX application thread; needs no running toolkit, so it is tested as plain Java.
 */
public final class RateMarksModel {

    private final DescentModel descent;
    private final ReadOnlyObjectWrapper<RateMarks> marks = new ReadOnlyObjectWrapper<>(this, "marks");
    /** The function of the newest run: runs overtaken by a change are never shown, so it is the one shown then. */
    private DifferentiableFunction runFunction;

    /** @param descent the descent whose function and runs the marks follow */
    public RateMarksModel(DescentModel descent) {
        this.descent = descent;
        descent.functionProperty().addListener((obs, old, now) -> {
            if (now != runFunction) {
                atStart(now);
            }
        });
        descent.trajectoryProperty().addListener((obs, old, now) -> approachedBy(now));
        approachedBy(descent.trajectoryProperty().get());
    }

    /** The marks, or null while there is no function, or no point to read them at. */
    public ReadOnlyObjectProperty<RateMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    private void atStart(DifferentiableFunction f) {
        try {
            marks.set(f == null ? null : RateMarks.atStart(f, descent.start()));
        } catch (IllegalArgumentException e) {
            marks.set(null); // a start off the function's domain: nothing to read
        }
    }

    private void approachedBy(Trajectory run) {
        DifferentiableFunction f = descent.functionProperty().get();
        runFunction = run == null ? null : f;
        if (run == null || f == null || !run.variables().equals(f.variables())) {
            atStart(f);
            return;
        }
        try {
            marks.set(RateMarks.approachedBy(f, run));
        } catch (IllegalArgumentException e) {
            marks.set(null);
        }
    }
}
