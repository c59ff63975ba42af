package gdviz.ui.runs;

import gdviz.core.descent.RunRecipe;
import gdviz.core.descent.Trajectory;
import java.awt.Color;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A run kept on the map beside the live one, in its own colour, with a name for the legend. */
public final class PinnedRun {

    private final Trajectory run;
    private final String name;
    private final Color colour;
    private final RunRecipe recipe;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);

    PinnedRun(Trajectory run, String name, Color colour, RunRecipe recipe) {
        this.run = Objects.requireNonNull(run, "run");
        this.recipe = Objects.requireNonNull(recipe, "recipe");
        this.name = Objects.requireNonNull(name, "name");
        this.colour = Objects.requireNonNull(colour, "colour");
    }

    public Trajectory run() {
        return run;
    }

    /** What the run was, for the legend, e.g. {@code Adam, α = 0.1}. */
    public String name() {
        return name;
    }

    /** How the run was made, so that a lesson can compute it again. */
    public RunRecipe recipe() {
        return recipe;
    }

    /** The colour of its path and legend entry. */
    public Color colour() {
        return colour;
    }

    /** Whether its path is drawn; the legend toggles it. */
    public BooleanProperty visibleProperty() {
        return visible;
    }
}
