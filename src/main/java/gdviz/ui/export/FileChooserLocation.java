package gdviz.ui.export;

import java.io.File;
import java.nio.file.Path;
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
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save as");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        folder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
