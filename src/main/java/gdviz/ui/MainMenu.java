package gdviz.ui;

import gdviz.ui.playback.PlaybackModel;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The menu bar: File (export, quit), View (colours, region), Playback, Help. Playback items name their keys
 * rather than binding them as accelerators, because Space and the arrows must keep working in text fields.
 */
final class MainMenu {

    private static final String HELP = String.join("\n",
            "Map",
            "  click or drag: move the start point; the descent runs again at once",
            "  mouse wheel: zoom about the pointer",
            "  Shift-drag (or right-drag): pan",
            "",
            "Playback (when no text field has the focus)",
            "  Space: play or pause",
            "  \u2192 / \u2190: one step forward / back",
            "  R: back to the start",
            "",
            "Step table",
            "  click a row: show that step on the map",
            "",
            "File",
            "  Ctrl+E: export the step table as CSV, the same file the command line's run writes");

    private final MenuBar bar = new MenuBar();

    MainMenu(MainView view) {
        MenuItem export = item("Export step table as CSV\u2026", view::exportSteps);
        export.setId("export-csv");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        MenuItem quit = item("Quit", () -> window(view).hide());
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = new Menu("File", null, export, new SeparatorMenuItem(), quit);

        CheckMenuItem log = new CheckMenuItem("Log colours");
        log.selectedProperty().bindBidirectional(view.workbench().region().logColoursProperty());
        MenuItem home = item("Reset view", view.workbench().region()::goHome);
        home.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        Menu show = new Menu("View", null, log, home);

        PlaybackModel playback = view.workbench().playback();
        Menu play = new Menu("Playback", null,
                item("Play / pause\t(Space)", playback::togglePlay),
                item("Step forward\t(\u2192)", playback::stepForward),
                item("Step back\t(\u2190)", playback::stepBack),
                item("Back to the start\t(R)", playback::reset));

        Menu help = new Menu("Help", null, item("Mouse and keys", () -> inform(view, "Mouse and keys", HELP)));
        bar.getMenus().addAll(file, show, play, help);
    }

    MenuBar bar() {
        return bar;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static Window window(MainView view) {
        return view.root().getScene().getWindow();
    }

    private static void inform(MainView view, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(window(view));
        alert.show();
    }
}
