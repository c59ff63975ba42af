package gdviz.ui.export;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The right-click menu of a picture, with "Save picture as…". On the map a right-drag pans, so the menu opens
 * when the right button is released where it was pressed, not on the press; the context-menu key opens it too.
 */
public final class SavePictureMenu {

    private SavePictureMenu() {
    }

    /** The menu item, for a chart viewer that has a context menu of its own. */
    public static MenuItem item(Runnable save) {
        MenuItem item = new MenuItem("Save picture as\u2026");
        item.getStyleClass().add("save-picture");
        item.setOnAction(event -> save.run());
        return item;
    }

    /** Gives {@code node} the menu; its other mouse handlers keep working. */
    public static void install(Node node, Runnable save) {
        ContextMenu menu = new ContextMenu(item(save));
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getButton() == MouseButton.SECONDARY && event.isStillSincePress()) {
                menu.show(node, event.getScreenX(), event.getScreenY());
            }
        });
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> menu.hide());
        node.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (event.isKeyboardTrigger()) {
                menu.show(node, event.getScreenX(), event.getScreenY());
            }
        });
    }
}
