package gdviz.app;

import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the window's place, size and split positions between runs. A remembered place that no screen shows
 * any more (a projector unplugged since) is ignored, so the window never opens out of sight.
 */
final class WindowMemory {

    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";
    private static final String DIVIDER = "divider";

    private final Preferences node;

    WindowMemory(Preferences node) {
        this.node = node;
    }

    /** Puts the window where it was, before it is shown. */
    void restore(Stage stage, List<SplitPane> splits) {
        double width = node.getDouble(WIDTH, Double.NaN);
        double height = node.getDouble(HEIGHT, Double.NaN);
        double x = node.getDouble(X, Double.NaN);
        double y = node.getDouble(Y, Double.NaN);
        if (width >= stage.getMinWidth() && height >= stage.getMinHeight()) {
            stage.setWidth(width);
            stage.setHeight(height);
            if (!Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        stage.setMaximized(node.getBoolean(MAXIMIZED, false));
        for (int i = 0; i < splits.size(); i++) {
            double position = node.getDouble(DIVIDER + i, Double.NaN);
            if (position > 0.05 && position < 0.95) {
                splits.get(i).setDividerPositions(position);
            }
        }
    }

    /** Stores the window's place, size and split positions; a split showing one item keeps its last position. */
    void remember(Stage stage, List<SplitPane> splits) {
        node.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble(X, stage.getX());
            node.putDouble(Y, stage.getY());
            node.putDouble(WIDTH, stage.getWidth());
            node.putDouble(HEIGHT, stage.getHeight());
        }
        for (int i = 0; i < splits.size(); i++) {
            double[] positions = splits.get(i).getDividerPositions();
            if (positions.length > 0) {
                node.putDouble(DIVIDER + i, positions[0]);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The layout is a convenience: the next run opens at the default size instead.
        }
    }
}
