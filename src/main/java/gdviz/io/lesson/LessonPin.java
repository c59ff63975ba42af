package gdviz.io.lesson;

import gdviz.core.descent.RunRecipe;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A run pinned beside the live one, kept as the recipe that computes it again.
 *
 * @param label  the legend's name for it, such as {@code too small, α = 0.02}
 * @param colour its colour as {@code #rrggbb}, or null to take the first colour free
 * @param run    how to compute it
 * @param hidden whether the legend's check box hides it until the user shows it again
 */
public record LessonPin(String label, String colour, RunRecipe run, boolean hidden) {

    static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** @throws IllegalArgumentException if the colour is not of the form {@code #rrggbb} */
    public LessonPin {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(run, "run");
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("a colour is written #rrggbb, not " + colour);
        }
    }

    /** A pin shown on the pictures. */
    public LessonPin(String label, String colour, RunRecipe run) {
        this(label, colour, run, false);
    }
}
