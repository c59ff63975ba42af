package gdviz.ui.picture;

import gdviz.chart.ChartOverlay;
import java.util.Objects;
import java.util.function.IntFunction;
import javafx.beans.Observable;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What another feature, such as the quiz, may add to a picture that shows the run step by step: it may take
 * presses before they move the start, paint over the shown step, and hide the next step's arrow. The picture
 * asks these while it handles a press or paints, and is repainted when any of them changes.
 */
public final class OverlayHooks {

    private final Runnable repaint;
    private PressDiversion diversion = PressDiversion.NONE;
    private IntFunction<ChartOverlay> above = step -> ChartOverlay.NONE;
    private ObservableBooleanValue nextStepHidden = new SimpleBooleanProperty(false);

    /** @param repaint repaints the picture's steps */
    public OverlayHooks(Runnable repaint) {
        this.repaint = Objects.requireNonNull(repaint, "repaint");
    }

    /** Lets {@code diversion} take presses before they move the start point. */
    public void divertPresses(PressDiversion diversion) {
        this.diversion = Objects.requireNonNull(diversion, "diversion");
    }

    /**
     * Paints {@code overlay} of the shown step above the steps from now on, replacing what was painted there.
     *
     * @param changes when the overlay changes other than by the step
     */
    public void paintAbove(IntFunction<ChartOverlay> overlay, Observable changes) {
        above = Objects.requireNonNull(overlay, "overlay");
        changes.addListener(changed -> repaint.run());
        repaint.run();
    }

    /** Hides the next step's arrow while {@code hidden} holds. */
    public void hideNextStepWhile(ObservableBooleanValue hidden) {
        nextStepHidden = Objects.requireNonNull(hidden, "hidden");
        hidden.addListener(changed -> repaint.run());
        repaint.run();
    }

    /** Whether a press at (x, y), in data coordinates, was taken and must not move the start. */
    public boolean pressTaken(double x, double y) {
        return diversion.take(x, y);
    }

    /** What to paint above the steps at {@code step}. */
    public ChartOverlay above(int step) {
        return above.apply(step);
    }

    /** Whether the next step's arrow is hidden now. */
    public boolean nextStepHidden() {
        return nextStepHidden.get();
    }
}
