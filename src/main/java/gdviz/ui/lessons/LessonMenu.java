package gdviz.ui.lessons;

import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The File menu's lesson items: Open lesson…, Save lesson…, Close lesson and the Lessons submenu of the bundled
 * ones, which is filled when the File menu first opens. Reading the lessons' titles takes a fresh JVM a
 * noticeable moment, so it is left out of opening the window and starts in the background when the pointer first
 * comes to the menu bar.
 */
public final class LessonMenu {

    private LessonMenu() {
    }

    /**
     * The items, in menu order, acting on {@code files}.
     *
     * @param menuNear whether the menu is about to be used, such as the pointer being over the menu bar; the
     *                 titles are read in the background from when it first is
     */
    public static List<MenuItem> items(LessonFiles files, ObservableValue<Boolean> menuNear) {
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
        LessonTitles titles = new LessonTitles();
        menuNear.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> near, Boolean was, Boolean is) {
                if (is) {
                    near.removeListener(this);
                    titles.readSoon();
                }
            }
        });
        bundled.parentMenuProperty().addListener((obs, old, parent) -> {
            if (parent != null) {
                parent.addEventHandler(Menu.ON_SHOWING, event -> fill(bundled, titles, files));
            }
        });
        return List.of(open, save, close, bundled);
    }

    private static void fill(Menu bundled, LessonTitles titles, LessonFiles files) {
        if (!bundled.getItems().isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> lesson : titles.get().entrySet()) {
            String name = lesson.getKey();
            MenuItem item = new MenuItem(lesson.getValue());
            item.setId("lesson-" + name.replace(".gdviz.json", ""));
            item.setOnAction(event -> files.openBundled(name));
            bundled.getItems().add(item);
        }
    }
}
