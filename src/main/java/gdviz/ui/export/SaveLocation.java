package gdviz.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save a file: the native file chooser in the window, a fixed path in tests. */
@FunctionalInterface
public interface SaveLocation {

    /**
     * @param suggestedName the file name offered, such as {@code steps.csv}
     * @param kind          what the files are called, such as "CSV files"
     * @param pattern       the file name pattern of that kind, such as {@code *.csv}
     * @return the chosen file, or empty when the user cancels
     */
    Optional<Path> ask(String suggestedName, String kind, String pattern);
}
