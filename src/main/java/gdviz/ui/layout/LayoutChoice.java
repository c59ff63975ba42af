package gdviz.ui.layout;

import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The layout the user chose, remembered between runs in the preferences: it is read once when the window opens
 * and stored whenever the user changes it, so a crash does not lose it.
 */
public final class LayoutChoice {

    static final String KEY = "pictureLayout";
    static final PictureLayout DEFAULT = PictureLayout.SIDE_BY_SIDE;

    private final ObjectProperty<PictureLayout> layout = new SimpleObjectProperty<>(this, "layout");

    /** @param memory where the choice is kept; an unknown stored value means the default */
    public LayoutChoice(Preferences memory) {
        Objects.requireNonNull(memory, "memory");
        layout.set(stored(memory.get(KEY, DEFAULT.name())));
        layout.addListener((obs, old, now) -> {
            if (now == null) {
                layout.set(old);
            } else {
                memory.put(KEY, now.name());
            }
        });
    }

    /** The chosen layout, never null. */
    public ObjectProperty<PictureLayout> layoutProperty() {
        return layout;
    }

    private static PictureLayout stored(String name) {
        for (PictureLayout candidate : PictureLayout.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return DEFAULT;
    }
}
