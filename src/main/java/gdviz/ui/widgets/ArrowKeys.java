package gdviz.ui.widgets;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The keyboard's way into a picture: the picture joins the Tab order, takes the focus when clicked, and the arrow
 * keys nudge whatever it shows (the start point on a map, the view of a surface). While it has the focus the
 * window's playback keeps its hands off the arrows.
 */
public final class ArrowKeys {

    /** Marks a node that uses the arrow keys itself. */
    private static final String OWNS_ARROWS = "gdviz.ownsArrows";

    /** What an arrow key does. */
    @FunctionalInterface
    public interface Nudge {
        /**
         * @param right -1, 0 or 1: left, neither or right
         * @param up    -1, 0 or 1: down, neither or up
         * @param large whether Shift was held, for a ten times larger move
         */
        void by(int right, int up, boolean large);
    }

    /** A move by an arrow key as a share of the region's width or height; with Shift, ten times that. */
    public static final double SMALL_NUDGE = 0.01;
    public static final double LARGE_NUDGE = 0.1;

    private ArrowKeys() {
    }

    /**
     * {@code value} moved by {@code share} of the range [lo, hi], kept inside it and rounded to a readable number
     * (see {@link Snap#toReadable}).
     */
    public static double nudged(double value, double share, double lo, double hi) {
        if (share == 0) {
            return value;
        }
        double moved = Math.max(lo, Math.min(hi, value + share * (hi - lo)));
        return Snap.toReadable(moved, hi - lo);
    }

    public static void install(Node node, Nudge nudge) {
        node.setFocusTraversable(true);
        node.getProperties().put(OWNS_ARROWS, Boolean.TRUE);
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> node.requestFocus());
        node.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            int right = event.getCode() == KeyCode.RIGHT ? 1 : event.getCode() == KeyCode.LEFT ? -1 : 0;
            int up = event.getCode() == KeyCode.UP ? 1 : event.getCode() == KeyCode.DOWN ? -1 : 0;
            if (right != 0 || up != 0) {
                nudge.by(right, up, event.isShiftDown());
                event.consume();
            }
        });
    }

    /** Whether {@code node} uses the arrow keys itself; false for null. */
    public static boolean owns(Node node) {
        return node != null && node.getProperties().containsKey(OWNS_ARROWS);
    }
}
