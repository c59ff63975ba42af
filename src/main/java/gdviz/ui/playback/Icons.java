package gdviz.ui.playback;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** The playback buttons' symbols as shapes, so they look the same whatever fonts the machine has. */
final class Icons {

    static final String PLAY = "M2 0 L14 8 L2 16 Z";
    static final String PAUSE = "M2 0 H6 V16 H2 Z M10 0 H14 V16 H10 Z";
    static final String STEP_FORWARD = "M1 0 L11 8 L1 16 Z M12 0 H15 V16 H12 Z";
    static final String STEP_BACK = "M15 0 L5 8 L15 16 Z M1 0 H4 V16 H1 Z";
    static final String RESET = "M1 0 H4 V16 H1 Z M12 0 L4 8 L12 16 Z M20 0 L12 8 L20 16 Z";

    private Icons() {
    }

    static Node of(String path) {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.getStyleClass().add("icon");
        return shape;
    }
}
