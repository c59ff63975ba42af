package gdviz.ui.lessons;

import gdviz.io.lesson.BundledLessons;
import gdviz.io.lesson.LessonException;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The File menu's lesson items: Open lesson…, Save lesson…, Close lesson and the Lessons submenu of the bundled
 * ones.
 */
public final class LessonMenu {

    private LessonMenu() {
    }

    /** The items, in menu order, acting on {@code files}. */
    public static List<MenuItem> items(LessonFiles files) {
        MenuItem open = new MenuItem("Open lesson\u2026");
        open.setId("open-lesson");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(event -> files.askOpen());
        MenuItem save = new MenuItem("Save lesson\u2026");
        save.setId("save-lesson");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(event -> files.askSave());
        MenuItem close = new MenuItem("Close lesson");
        close.setId("close-lesson");
        close.disableProperty().bind(files.lessonOpen().not());
        close.setOnAction(event -> files.close());
        Menu bundled = new Menu("Lessons");
        bundled.setId("lessons-menu");
        for (String name : BundledLessons.names()) {
            MenuItem item = new MenuItem(title(name));
            item.setId("lesson-" + name.replace(".gdviz.json", ""));
            item.setOnAction(event -> files.openBundled(name));
            bundled.getItems().add(item);
        }
        return List.of(open, save, close, bundled);
    }

    /** The title a bundled lesson shows in the menu; tests make sure each one reads. */
    private static String title(String name) {
        try {
            return BundledLessons.read(name).title();
        } catch (LessonException e) {
            return name;
        }
    }
}
