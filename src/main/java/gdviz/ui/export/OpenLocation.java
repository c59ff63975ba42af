package gdviz.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user which file to open: the native file chooser in the window, a fixed path in tests. */
@FunctionalInterface
public interface OpenLocation {

    /**
     * @param kind    what the files are called, such as "gdviz lessons"
     * @param pattern the file name pattern of that kind, such as {@code *.gdviz.json}
     * @return the chosen file, or empty when the user cancels
     */
    Optional<Path> ask(String kind, String pattern);
}
