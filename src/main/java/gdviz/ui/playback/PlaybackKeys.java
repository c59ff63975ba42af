package gdviz.ui.playback;

import gdviz.ui.widgets.ArrowKeys;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The playback keys for the whole window: Space plays or pauses, → and ← step, R resets. Keys typed into a text
 * field stay there, and a focused slider, map or surface keeps its arrow keys.
 */
public final class PlaybackKeys {

    private PlaybackKeys() {
    }

    public static void install(Scene scene, PlaybackModel model) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Node focus = scene.getFocusOwner();
            if (takesText(focus) || event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            boolean arrow = event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT;
            if (arrow && (focus instanceof Slider || ArrowKeys.owns(focus))) {
                return;
            }
            Runnable action = switch (event.getCode()) {
                case SPACE -> model::togglePlay;
                case RIGHT -> model::stepForward;
                case LEFT -> model::stepBack;
                case R -> model::reset;
                default -> null;
            };
            if (action != null) {
                action.run();
                event.consume();
            }
        });
    }

    /** An editable combo box, such as the function box, holds the focus for the text field inside it. */
    private static boolean takesText(Node focus) {
        return focus instanceof TextInputControl || focus instanceof ComboBoxBase<?> box && box.isEditable();
    }
}
