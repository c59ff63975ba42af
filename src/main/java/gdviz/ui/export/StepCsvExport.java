package gdviz.ui.export;

import gdviz.core.descent.Trajectory;
import gdviz.io.AtomicFileWriter;
import gdviz.io.StepCsvWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Exports the step table as CSV: the same writer as the {@code run} command, so the file has the same bytes for
 * the same settings, written atomically (an existing file is replaced only by a complete one). Failures are
 * reported in words, never thrown at the user.
 */
public final class StepCsvExport {

    private final Supplier<Trajectory> run;
    private final SaveLocation location;
    private final Consumer<String> problems;

    /**
     * @param run      the run shown, or null when there is none yet
     * @param location asks where to save
     * @param problems shows a one-line problem to the user
     */
    public StepCsvExport(Supplier<Trajectory> run, SaveLocation location, Consumer<String> problems) {
        this.run = Objects.requireNonNull(run, "run");
        this.location = Objects.requireNonNull(location, "location");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** Asks where to save, then saves there; does nothing if the user cancels. */
    public void ask() {
        Optional<Path> target = location.ask("steps.csv", "CSV files", "*.csv");
        target.ifPresent(this::saveTo);
    }

    /**
     * Saves the shown run's steps to {@code target}.
     *
     * @return whether the file was written
     */
    public boolean saveTo(Path target) {
        Trajectory shown = run.get();
        if (shown == null) {
            problems.accept("There are no steps to export yet: type a function first.");
            return false;
        }
        return ExportAttempt.run("The steps were not exported", problems,
                () -> AtomicFileWriter.writeText(target, out -> StepCsvWriter.write(shown, out)));
    }
}
