package gdviz.ui;

import gdviz.core.expr.ParsedFunction;
import gdviz.ui.about.AboutDialog;
import gdviz.ui.about.AboutInfo;
import gdviz.ui.about.AppIcon;
import gdviz.ui.export.Picture;
import gdviz.ui.layout.PictureLayout;
import gdviz.ui.lessons.LessonMenu;
import gdviz.ui.look.Theme;
import gdviz.ui.playback.PlaybackModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The menu bar: File (lessons, export, quit), Edit (copy), View (colours, region, surface, layout, theme,
 * presentation mode, full screen), Playback, Help. Playback items name their keys
 * rather than binding them as accelerators, because Space and the arrows must keep working in text fields.
 */
final class MainMenu {

    private static final String HELP = String.join("\n",
            "Map",
            "  click or drag: move the start point; the descent runs again at once",
            "  mouse wheel: zoom about the pointer",
            "  Shift-drag (or right-drag): pan",
            "",
            "Surface",
            "  drag: turn and tilt the surface",
            "  mouse wheel: move closer or farther",
            "  View \u203a Reset 3-D view: back to the first view",
            "",
            "Playback (when no text field has the focus)",
            "  Space: play or pause",
            "  \u2192 / \u2190: one step forward / back",
            "  R: back to the start",
            "",
            "Step table",
            "  click a row: show that step on the map",
            "  Ctrl+C: copy the table (or the rows selected with Shift or Ctrl) as tab-separated text",
            "    for a spreadsheet; also Edit \u203a Copy step table",
            "  Explanation tab: the shown step worked out in words and numbers",
            "",
            "Quiz (Playback \u203a Quiz mode, Ctrl+G, or the Quiz button)",
            "  click on the map (or curve) where the next point will land: the step is taken and the guess scored",
            "  R: back to the start with a fresh score",
            "",
            "File",
            "  Ctrl+O / Ctrl+S: open / save a lesson (.gdviz.json); File \u203a Lessons lists the bundled ones",
            "  Ctrl+E: export the step table as CSV, the same file the command line's run writes",
            "  Export figure: save the map, surface, curve or loss chart as PNG or SVG (also by right-click)",
            "",
            "View",
            "  F5: presentation mode (large text, buttons and lines for a projector)",
            "  F11: full screen; Esc leaves it",
            "  Tab / Shift+Tab: move between controls; with the map focused, the arrow keys move the start",
            "  point (Shift: ten times as far)");

    private static final double KEYED_NAME_WIDTH = 170;

    private final MenuBar bar = new MenuBar();

    MainMenu(MainView view) {
        MenuItem export = item("Export step table as CSV\u2026", view::exportSteps);
        export.setId("export-csv");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        MenuItem quit = item("Quit", () -> window(view).hide());
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = new Menu("File", null, export, figureMenu(view), new SeparatorMenuItem(), quit);
        List<MenuItem> lessonItems = LessonMenu.items(view.lessonFiles(), bar.hoverProperty());
        file.getItems().addAll(0, lessonItems);
        file.getItems().add(lessonItems.size(), new SeparatorMenuItem());

        MenuItem copySteps = item("Copy step table", view::copySteps);
        copySteps.setId("copy-steps");
        Menu edit = new Menu("Edit", null, copySteps);

        CheckMenuItem log = new CheckMenuItem("Log colours");
        log.selectedProperty().bindBidirectional(view.workbench().region().logColoursProperty());
        MenuItem home = item("Reset view", view.workbench().region()::goHome);
        home.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        MenuItem surfaceHome = item("Reset 3-D view", view::resetSurfaceView);
        Menu show = new Menu("View", null, log, home, surfaceHome, new SeparatorMenuItem());
        show.getItems().addAll(layoutItems(view.pictureLayoutProperty()));
        show.getItems().addAll(lookItems(view, show));

        PlaybackModel playback = view.workbench().playback();
        Menu play = new Menu("Playback", null,
                keyed("Play / pause", "Space", playback::togglePlay),
                keyed("Step forward", "\u2192", playback::stepForward),
                keyed("Step back", "\u2190", playback::stepBack),
                keyed("Back to the start", "R", playback::reset));
        CheckMenuItem quiz = new CheckMenuItem("Quiz mode: guess the next point");
        quiz.setId("quiz-menu");
        quiz.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        quiz.selectedProperty().bindBidirectional(view.workbench().quiz().activeProperty());
        play.getItems().addAll(new SeparatorMenuItem(), quiz);

        MenuItem about = item("About gdviz", () -> AboutDialog.create(window(view), AboutInfo.load(), AppIcon.of(64))
                .show());
        about.setId("about");
        Menu help = new Menu("Help", null, item("Mouse and keys", () -> inform(view, "Mouse and keys", HELP)),
                new SeparatorMenuItem(), about);
        bar.getMenus().addAll(file, edit, show, play, help);
    }

    MenuBar bar() {
        return bar;
    }

    /** File › Export figure: one item per picture, each saving it as PNG or SVG as it is shown. */
    private static Menu figureMenu(MainView view) {
        Menu figures = new Menu("Export figure");
        figures.setId("export-figure");
        ReadOnlyObjectProperty<ParsedFunction> function = view.workbench().function().functionProperty();
        BooleanBinding oneVariable = Bindings.createBooleanBinding(
                () -> function.get() != null && function.get().variables().size() == 1, function);
        for (Picture picture : Picture.values()) {
            MenuItem item = item(picture.label() + "\u2026", () -> view.exportFigure(picture));
            item.setId("export-" + picture.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            // A function of one variable has a curve; one of two has a map and a surface.
            switch (picture) {
                case CONTOUR_MAP, SURFACE -> item.disableProperty().bind(oneVariable);
                case CURVE -> item.disableProperty().bind(oneVariable.not());
                case LOSS_CHART -> { }
            }
            figures.getItems().add(item);
        }
        return figures;
    }

    /** One radio item per layout, following the choice both ways. */
    private static List<RadioMenuItem> layoutItems(ObjectProperty<PictureLayout> layout) {
        ToggleGroup group = new ToggleGroup();
        List<RadioMenuItem> items = new ArrayList<>();
        for (PictureLayout choice : PictureLayout.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.label());
            item.setId("layout-" + choice.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setToggleGroup(group);
            item.setUserData(choice);
            item.setSelected(layout.get() == choice);
            items.add(item);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                layout.set((PictureLayout) now.getUserData());
            }
        });
        layout.addListener((obs, old, now) -> items.get(now.ordinal()).setSelected(true));
        return items;
    }

    /** The theme choice, presentation mode (F5) and full screen (F11), for the {@code menu} they go in. */
    private static List<MenuItem> lookItems(MainView view, Menu menu) {
        Menu themes = new Menu("Theme");
        ToggleGroup group = new ToggleGroup();
        ObjectProperty<Theme> theme = view.look().themeProperty();
        for (Theme choice : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.label());
            item.setId("theme-" + choice.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(theme.get() == choice);
            item.setOnAction(event -> theme.set(choice));
            theme.addListener((obs, old, now) -> item.setSelected(now == choice));
            themes.getItems().add(item);
        }
        CheckMenuItem presentation = new CheckMenuItem("Presentation mode");
        presentation.setId("presentation-mode");
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presentation.selectedProperty().bindBidirectional(view.look().presentationProperty());
        CheckMenuItem fullScreen = new CheckMenuItem("Full screen");
        fullScreen.setId("full-screen");
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        fullScreen.setOnAction(event -> {
            if (window(view) instanceof Stage stage) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        // Esc leaves full screen without the menu: the tick is brought up to date whenever the menu opens. (A
        // listener on the window would keep every view ever shown in it alive.)
        menu.addEventHandler(Menu.ON_SHOWING, event -> fullScreen.setSelected(window(view) instanceof Stage stage
                && stage.isFullScreen()));
        return List.of(new SeparatorMenuItem(), themes, presentation, fullScreen);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }

    /** An item that names its key like an accelerator, without being one. */
    private static MenuItem keyed(String text, String key, Runnable action) {
        Label name = new Label(text);
        name.setMinWidth(KEYED_NAME_WIDTH);
        name.getStyleClass().add("menu-name");
        Label keyName = new Label(key);
        keyName.getStyleClass().add("menu-key");
        CustomMenuItem item = new CustomMenuItem(new HBox(name, keyName));
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
