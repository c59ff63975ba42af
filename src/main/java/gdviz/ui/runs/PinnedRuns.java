package gdviz.ui.runs;

import gdviz.chart.Palette;
import gdviz.core.descent.Trajectory;
import java.awt.Color;
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
     * @param name what the run was, for the legend
     * @return the pin, or null when every colour is in use
     */
    public PinnedRun pin(Trajectory run, String name) {
        for (Color colour : PALETTE) {
            if (pins.stream().noneMatch(p -> p.colour().equals(colour))) {
                PinnedRun pinned = new PinnedRun(run, name, colour);
                pins.add(pinned);
                return pinned;
            }
        }
        return null;
    }

    public void remove(PinnedRun pin) {
        pins.remove(pin);
    }

    public void clear() {
        pins.clear();
    }
}
