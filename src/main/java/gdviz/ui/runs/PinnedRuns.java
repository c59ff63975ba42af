package gdviz.ui.runs;

import gdviz.core.descent.Optimizer;
import gdviz.core.descent.RunRecipe;
import gdviz.chart.Palette;
import gdviz.core.descent.Trajectory;
import gdviz.ui.descent.DescentModel;
import gdviz.ui.optimizer.OptimizerModel;
import gdviz.ui.widgets.NumberText;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runs pinned beside the live one, each in a colour of its own while it is pinned. The colours are
 * Okabe–Ito's, which stay apart for every kind of colour vision, leaving out the vermilion of the live path and
 * the yellow that viridis ends in.
 *
 * <p>Used on the JavaFX application thread; needs no running toolkit, so it is tested as plain Java.
 */
public final class PinnedRuns {

    /** Blue, orange, bluish green, reddish purple, sky blue, black. */
    static final List<Color> PALETTE = Palette.PINNED;

    /** Reports a pin's visibility change as a change of the list, so one listener follows everything drawn. */
    private final ObservableList<PinnedRun> pins = FXCollections.observableArrayList(
            pin -> new Observable[] {pin.visibleProperty()});
    /** One read-only view: it holds its listeners, so it must live as long as this. */
    private final ObservableList<PinnedRun> readOnly = FXCollections.unmodifiableObservableList(pins);

    /** The pinned runs, oldest first, also reporting visibility changes; change them through this class. */
    public ObservableList<PinnedRun> pins() {
        return readOnly;
    }

    /** Whether another run can be pinned: every colour is in use when not. */
    public boolean hasRoom() {
        return pins.size() < PALETTE.size();
    }

    /**
     * Pins a run in the first colour no pin uses.
     *
     * @param name   what the run was, for the legend
     * @param recipe how the run was made
     * @return the pin, or null when every colour is in use
     */
    public PinnedRun pin(Trajectory run, String name, RunRecipe recipe) {
        for (Color colour : PALETTE) {
            if (pins.stream().noneMatch(p -> p.colour().equals(colour))) {
                return pin(run, name, recipe, colour);
            }
        }
        return null;
    }

    /**
     * Pins a run in a given colour, as a lesson asks; the list is not limited to the palette's size here, as the
     * lesson file has its own limit.
     *
     * @param name   what the run was, for the legend
     * @param recipe how the run was made
     * @param colour the colour of its path
     * @return the pin
     */
    public PinnedRun pin(Trajectory run, String name, RunRecipe recipe, Color colour) {
        PinnedRun pinned = new PinnedRun(run, name, colour, recipe);
        pins.add(pinned);
        return pinned;
    }

    /**
     * Pins the run {@code descent} shows, named by its optimiser and learning rate.
     *
     * @param optimizer the optimiser the run was made with
     * @return the pin, or null when there is no run yet or every colour is in use
     */
    public PinnedRun pinShown(DescentModel descent, OptimizerModel optimizer) {
        Trajectory run = descent.trajectoryProperty().get();
        if (run == null) {
            return null;
        }
        // The shown run's own settings and start, which a change still being computed has not replaced.
        Optimizer made = optimizer.optimizerProperty().get();
        RunRecipe recipe = new RunRecipe(made, optimizer.chosenValues(), run.outcome().settings(),
                Arrays.stream(run.step(0).point()).boxed().toList());
        return pin(run, made.displayName() + ", \u03b1 = " + NumberText.exact(run.outcome().settings().rate()),
                recipe);
    }

    public void remove(PinnedRun pin) {
        pins.remove(pin);
    }

    public void clear() {
        pins.clear();
    }
}
