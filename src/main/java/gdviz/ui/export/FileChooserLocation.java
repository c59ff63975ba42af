package gdviz.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own save dialog, opening in the folder of the previous save. */
public final class FileChooserLocation implements SaveLocation {

    private final Supplier<Window> owner;
    private File folder;

    /** @param owner the window the dialog belongs to */
    public FileChooserLocation(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> ask(String suggestedName, String kind, String pattern) {
        return ask(suggestedName, List.of(new FileType(kind, pattern.substring(pattern.lastIndexOf('.') + 1))));
    }

    /** Offers one filter per type; a name typed without any of their extensions gets the chosen filter's. */
    @Override
    public Optional<Path> ask(String suggestedName, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save as");
        chooser.setInitialFileName(suggestedName);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.pattern()));
        }
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        folder = chosen.getParentFile();
        FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
        FileType picked = types.stream().filter(type -> filter != null
                && filter.getDescription().equals(type.description())).findFirst().orElse(types.get(0));
        return Optional.of(withExtension(chosen.toPath(), types, picked));
    }

    /** {@code chosen}, with {@code picked}'s extension added unless it already ends in one of theirs. */
    static Path withExtension(Path chosen, List<FileType> types, FileType picked) {
        String name = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean hasOne = types.stream().anyMatch(type -> name.endsWith("." + type.extension()));
        return hasOne ? chosen : chosen.resolveSibling(chosen.getFileName() + "." + picked.extension());
    }
}
