package gdviz.ui.lessons;

import gdviz.io.lesson.BundledLessons;
import gdviz.io.lesson.Lesson;
import gdviz.io.lesson.LessonException;
import gdviz.io.lesson.LessonReader;
import gdviz.io.lesson.LessonWriter;
import gdviz.ui.export.OpenLocation;
import gdviz.ui.export.SaveLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;

/**
 * Opens and saves lessons for the File menu: asks which file, reads or writes it, and tells the user in one line
 * what went wrong, if anything. A lesson that cannot be read leaves the window as it was; a lesson that cannot be
 * written leaves any existing file as it was.
 */
public final class LessonFiles {

    /** The file name pattern of lessons. */
    public static final String PATTERN = "*.gdviz.json";
    static final String KIND = "gdviz lessons";
    static final String EXTENSION = ".gdviz.json";

    private final LessonState state;
    private final SaveLocation saveLocation;
    private final OpenLocation openLocation;
    private final Consumer<String> problems;

    /**
     * @param state        what is saved and where opened lessons go
     * @param saveLocation asks where to save
     * @param openLocation asks which file to open
     * @param problems     shows a one-line problem to the user
     */
    public LessonFiles(LessonState state, SaveLocation saveLocation, OpenLocation openLocation,
            Consumer<String> problems) {
        this.state = Objects.requireNonNull(state, "state");
        this.saveLocation = Objects.requireNonNull(saveLocation, "saveLocation");
        this.openLocation = Objects.requireNonNull(openLocation, "openLocation");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** Closes the open lesson and keeps what the window shows; see {@link LessonState#close()}. */
    public void close() {
        state.close();
    }

    /** Whether a lesson is open, so that it can be closed. */
    public BooleanBinding lessonOpen() {
        return state.titleProperty().isNotEmpty();
    }

    /** Asks which lesson to open, then opens it; does nothing if the user cancels. */
    public void askOpen() {
        openLocation.ask(KIND, PATTERN).ifPresent(this::open);
    }

    /** Asks where to save the lesson, then saves it there; does nothing if the user cancels. */
    public void askSave() {
        Optional<Path> target = saveLocation.ask(suggestedName(), KIND, PATTERN);
        target.map(LessonFiles::withExtension).ifPresent(this::saveTo);
    }

    /**
     * Opens the lesson file {@code file}.
     *
     * @return whether it is shown; otherwise the problem has been told and the window is unchanged
     */
    public boolean open(Path file) {
        return show(() -> LessonReader.read(file));
    }

    /**
     * Opens one of the lessons that come with gdviz.
     *
     * @param name one of {@link BundledLessons#names()}
     * @return whether it is shown
     */
    public boolean openBundled(String name) {
        return show(() -> BundledLessons.read(name));
    }

    /** Where a lesson comes from: a file or the bundled ones. */
    private interface Source {
        Lesson read() throws LessonException;
    }

    private boolean show(Source source) {
        try {
            state.apply(source.read());
            return true;
        } catch (LessonException e) {
            problems.accept("The lesson was not opened. " + e.getMessage());
            return false;
        }
    }

    /**
     * Saves what the window shows as a lesson to {@code target}.
     *
     * @return whether the file was written; otherwise the problem has been told and an existing file is intact
     */
    public boolean saveTo(Path target) {
        try {
            Lesson lesson = state.capture(untitled(target));
            LessonWriter.write(lesson, target);
            return true;
        } catch (LessonException | IOException e) {
            problems.accept("The lesson was not saved: " + e.getMessage());
            return false;
        }
    }

    /** The file name offered: the open lesson's title made into a name, or {@code lesson.gdviz.json}. */
    String suggestedName() {
        String stem = state.titleProperty().get().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "-")
                .replaceAll("^-+|-+$", "");
        return (stem.isEmpty() ? "lesson" : stem) + EXTENSION;
    }

    /** Platform dialogs do not all add the extension of the chosen filter; a lesson's name ends with it. */
    static Path withExtension(Path chosen) {
        String name = String.valueOf(chosen.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? chosen : chosen.resolveSibling(name + EXTENSION);
    }

    /** The title of a lesson saved with none: the file's name without the extension. */
    private static String untitled(Path target) {
        String name = String.valueOf(target.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length())
                : lower.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return stem.isBlank() ? "Lesson" : stem;
    }
}
