package gdviz.ui.playback;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Which step of the run is revealed, and the animation that reveals them: step 0 is the start, {@link #last}
 * the step where the run stopped. A new run is shown whole, so dragging a control redraws the whole path, unless
 * it is playing, which then carries on from where it is.
 *
 * <p>Needs no running toolkit; the view drives {@link #advance(double)} from an animation timer.
 */
public final class PlaybackModel {

    /** Slowest and fastest playback, steps per second. */
    public static final double MIN_SPEED = 0.5;
    public static final double MAX_SPEED = 120;

    private final IntegerProperty current = new SimpleIntegerProperty(this, "current");
    private final ReadOnlyIntegerWrapper last = new ReadOnlyIntegerWrapper(this, "last");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 8);
    /** Fractions of a step carried from one animation frame to the next. */
    private double carried;

    public PlaybackModel() {
        current.addListener((obs, old, now) -> {
            int clamped = Math.max(0, Math.min(last.get(), now.intValue()));
            if (clamped != now.intValue()) {
                current.set(clamped);
            }
        });
    }

    /** The revealed step, 0 to {@link #lastProperty()}; set it to jump there. */
    public IntegerProperty currentProperty() {
        return current;
    }

    /** The last step of the run. */
    public ReadOnlyIntegerProperty lastProperty() {
        return last.getReadOnlyProperty();
    }

    /** Whether the animation is running. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Steps per second while playing, {@link #MIN_SPEED} to {@link #MAX_SPEED}. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /**
     * A new run with {@code steps} rows (at least 1) replaces the old one.
     */
    public void show(int steps) {
        last.set(Math.max(0, steps - 1));
        current.set(playing.get() ? Math.min(current.get(), last.get()) : last.get());
        if (current.get() == last.get()) {
            playing.set(false);
        }
    }

    /** Starts the animation, from the start when the whole run is already revealed. */
    public void play() {
        if (last.get() == 0) {
            return;
        }
        if (current.get() == last.get()) {
            current.set(0);
        }
        carried = 0;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Pauses and reveals one more step. */
    public void stepForward() {
        pause();
        current.set(current.get() + 1);
    }

    /** Pauses and hides the last revealed step. */
    public void stepBack() {
        pause();
        current.set(current.get() - 1);
    }

    /** Pauses and goes back to the start. */
    public void reset() {
        pause();
        current.set(0);
    }

    /**
     * Moves the animation on by {@code seconds} of time; stops at the last step.
     *
     * @param seconds time since the previous frame, 0 or more
     */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        carried += seconds * speed.get();
        int whole = (int) Math.floor(carried);
        if (whole > 0) {
            carried -= whole;
            current.set((int) Math.min(last.get(), (long) current.get() + whole));
        }
        if (current.get() >= last.get()) {
            playing.set(false);
        }
    }
}
