package gdviz.ui.export;

import java.nio.file.Path;
import java.util.List;
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

    /**
     * Asks with a choice of file types, the first offered first. A location that can show the choice adds the
     * chosen type's extension to a name typed without one; this default offers the first type only.
     *
     * @param suggestedName the file name offered, such as {@code contour-map.png}
     * @param types         the types offered, not empty
     * @return the chosen file, or empty when the user cancels
     */
    default Optional<Path> ask(String suggestedName, List<FileType> types) {
        FileType first = types.get(0);
        return ask(suggestedName, first.description(), first.pattern());
    }
}
