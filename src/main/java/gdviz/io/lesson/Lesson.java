package gdviz.io.lesson;

import gdviz.core.descent.RunRecipe;
import gdviz.core.grid.Domain;
import java.util.List;
import java.util.Objects;

/**
 * A lesson: a function with the view, the run and the pinned runs a teacher prepared, with a title and a few
 * words for the class. Lesson files hold these; {@link LessonReader} checks every value on the way in, so a
 * lesson read from a file can be shown as it is.
 *
 * @param title       a short name for the window title and the Lessons menu; not blank
 * @param description what to look at and what to try, for the teacher and the student; may be empty
 * @param function    the function in the app's expression syntax
 * @param variables   the function's variables in the order the start points give them
 * @param region      the region of the map (for one variable, the x range of the curve)
 * @param run         the live run: optimiser, settings and start
 * @param pins        runs shown beside the live one, at most {@link #MAX_PINS}
 * @param view        how the pictures are laid out and coloured
 */
public record Lesson(String title, String description, String function, List<String> variables, Domain region,
                     RunRecipe run, List<LessonPin> pins, LessonView view) {

    /** The version of the file format this code writes, and the only one it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The value of a lesson file's {@code format} field. */
    public static final String FORMAT_NAME = "gdviz-lesson";
    /** As many pins as the window has colours for them. */
    public static final int MAX_PINS = 6;
    /** The window's largest iteration limit. */
    public static final int MAX_ITERATIONS = 100_000;

    public Lesson {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(function, "function");
        variables = List.copyOf(variables);
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(run, "run");
        pins = List.copyOf(pins);
        Objects.requireNonNull(view, "view");
    }
}
