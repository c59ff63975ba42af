package gdviz.ui.look;

import gdviz.chart.ChartLook;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * The theme and presentation mode the user chose, remembered in the preferences like the layout: read once when
 * the window opens, stored on every change. From them follow the style sheets of the window and the look of the
 * charts (presentation mode makes lines, markers and text larger for a projector).
 *
 * <p>Needs no running toolkit until {@link #install(Scene)}, so the choices are tested as plain Java.
 */
public final class Look {

    static final String THEME_KEY = "theme";
    static final String PRESENTATION_KEY = "presentation";
    /** How much larger lines, markers and chart text are in presentation mode. */
    public static final double PRESENTATION_SCALE = 1.8;
    static final String PRESENTATION_SHEET = "presentation.css";
    /** presentation.css sets the window's text to 22 px against the base sheet's 15 px. */
    static final double PRESENTATION_TEXT_SCALE = 22.0 / 15;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final ObjectBinding<ChartLook> charts;
    private final ObjectBinding<List<String>> sheets;

    /** @param memory where the choices are kept; an unknown stored theme means the light one */
    public Look(Preferences memory) {
        Objects.requireNonNull(memory, "memory");
        theme.set(stored(memory.get(THEME_KEY, Theme.LIGHT.name())));
        presentation.set(memory.getBoolean(PRESENTATION_KEY, false));
        theme.addListener((obs, old, now) -> {
            if (now == null) {
                theme.set(old);
            } else {
                memory.put(THEME_KEY, now.name());
            }
        });
        presentation.addListener((obs, old, now) -> memory.putBoolean(PRESENTATION_KEY, now));
        charts = Bindings.createObjectBinding(() -> theme.get().charts()
                .scaled(presentation.get() ? PRESENTATION_SCALE : 1), theme, presentation);
        sheets = Bindings.createObjectBinding(this::extraSheets, theme, presentation);
    }

    /** The chosen theme, never null. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Whether the window shows large text, buttons and lines for a projector. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** How much larger the window's text is than the standard: more than 1 in presentation mode. */
    public double textScale() {
        return presentation.get() ? PRESENTATION_TEXT_SCALE : 1;
    }

    /** How the charts look: the theme's colours at the presentation size or the standard one. */
    public ObservableValue<ChartLook> chartLook() {
        return charts;
    }

    /** The style sheets laid over the base one, in order: the theme's, then presentation mode's when on. */
    public List<String> extraSheets() {
        List<String> names = new ArrayList<>(List.of(theme.get().stylesheet()));
        if (presentation.get()) {
            names.add(PRESENTATION_SHEET);
        }
        return names.stream().map(name -> Objects.requireNonNull(Look.class.getResource(name), name)
                .toExternalForm()).toList();
    }

    /**
     * Lays the chosen sheets over the scene's base style sheet, which must be in it already, and swaps them
     * whenever the choice changes; windows that bind their sheets to the scene's follow.
     */
    public void install(Scene scene) {
        List<String> laid = new ArrayList<>();
        Runnable apply = () -> {
            scene.getStylesheets().removeAll(laid);
            laid.clear();
            laid.addAll(sheets.get());
            scene.getStylesheets().addAll(laid);
        };
        apply.run();
        sheets.addListener((obs, old, now) -> apply.run());
    }

    private static Theme stored(String name) {
        for (Theme candidate : Theme.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return Theme.LIGHT;
    }
}
