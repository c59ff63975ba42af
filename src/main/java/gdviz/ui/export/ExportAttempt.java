package gdviz.ui.export;

import gdviz.chart.FigureException;
import java.io.IOException;
import java.util.function.Consumer;

/** Runs one export to a file, telling the user in one line why it failed rather than throwing at them. */
final class ExportAttempt {

    /** Writes the export; an existing file is replaced only by a complete one. */
    @FunctionalInterface
    interface Export {
        void run() throws IOException, FigureException;
    }

    private ExportAttempt() {
    }

    /**
     * @param failure  the start of the problem's sentence, such as "The steps were not exported"
     * @param problems shows a one-line problem to the user
     * @return whether the export was written
     */
    static boolean run(String failure, Consumer<String> problems, Export export) {
        try {
            export.run();
            return true;
        } catch (IOException | FigureException e) {
            problems.accept(failure + ": " + e.getMessage());
        } catch (RuntimeException e) {
            problems.accept(failure + ": " + e);
        }
        return false;
    }
}
