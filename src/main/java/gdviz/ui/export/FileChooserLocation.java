package gdviz.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own save and open dialogs, opening in the folder of the previous choice. */
public final class FileChooserLocation implements SaveLocation, OpenLocation {

    private final Supplier<Window> owner;
    private File folder;

    /** @param owner the window the dialog belongs to */
    public FileChooserLocation(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> ask(String suggestedName, String kind, String pattern) {
        // "*.gdviz.json" names files ending in ".gdviz.json": everything after the first dot is the extension.
        return ask(suggestedName, List.of(new FileType(kind, pattern.substring(pattern.indexOf('.') + 1))));
    }

    /** Offers one filter per type; a name typed without any of their extensions gets the chosen filter's. */
    @Override
    public Optional<Path> ask(String suggestedName, List<FileType> types) {
        FileChooser chooser = chooser("Save as");
        chooser.setInitialFileName(suggestedName);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.pattern()));
        }
        File chosen = remember(chooser.showSaveDialog(owner.get()));
        if (chosen == null) {
            return Optional.empty();
        }
        FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
        FileType picked = types.stream().filter(type -> filter != null
                && filter.getDescription().equals(type.description())).findFirst().orElse(types.get(0));
        return Optional.of(withExtension(chosen.toPath(), types, picked));
    }

    @Override
    public Optional<Path> ask(String kind, String pattern) {
        FileChooser chooser = chooser("Open");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(remember(chooser.showOpenDialog(owner.get()))).map(File::toPath);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    /** Keeps the folder of a chosen file for the next dialog; returns the file, null when none was chosen. */
    private File remember(File chosen) {
        if (chosen != null) {
            folder = chosen.getParentFile();
        }
        return chosen;
    }

    /** {@code chosen}, with {@code picked}'s extension added unless it already ends in one of theirs. */
    static Path withExtension(Path chosen, List<FileType> types, FileType picked) {
        String name = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean hasOne = types.stream().anyMatch(type -> name.endsWith("." + type.extension()));
        return hasOne ? chosen : chosen.resolveSibling(chosen.getFileName() + "." + picked.extension());
    }
}
