package gdviz.ui.widgets;

import javafx.scene.Node;
import javafx.stage.Window;

/** Facts about the screen a node is shown on. */
public final class Screens {

    private Screens() {
    }

    /**
     * Device pixels per layout pixel where {@code node} is shown (2 on a high-density screen), so pictures drawn
     * in the background are sharp; 1 while it is in no window.
     */
    public static double outputScale(Node node) {
        Window window = node.getScene() == null ? null : node.getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }
}
