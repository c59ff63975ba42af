package gdviz.ui.surface;

import gdviz.ui.picture.PictureGestures;
import javafx.animation.PauseTransition;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The mouse on the surface: dragging turns it about the vertical axis and tilts it, the wheel moves the view
 * closer or farther, as in the map. While the view moves it is drawn in draft; it is drawn in full once the
 * button is released, or once the wheel has rested a moment.
 */
final class SurfaceGestures {

    /**
     * Radians per pixel dragged: half a degree, so a drag across a picture of a typical width turns the surface
     * about half round. Orson's own viewers turn 1.5° a pixel, too fast to aim at a view.
     */
    static final double TURN_PER_PIXEL = Math.PI / 360;

    /** How long the wheel rests before the view counts as still again. */
    private static final Duration WHEEL_REST = Duration.millis(250);

    /** What the gestures do. */
    interface Target {
        /** Turns the view by {@code turn} radians about the vertical axis and tilts it by {@code tilt}. */
        void rotate(double turn, double tilt);

        /** Moves the view {@code factor} times as far away. */
        void zoom(double factor);

        /** The view starts or stops moving. */
        void moving(boolean moving);
    }

    private final Target target;
    private final PauseTransition wheelRest = new PauseTransition(WHEEL_REST);
    private double lastX;
    private double lastY;
    private boolean dragging;

    private SurfaceGestures(Target target) {
        this.target = target;
        wheelRest.setOnFinished(event -> target.moving(dragging));
    }

    /** Handles the mouse on {@code node} from now on. */
    static void install(Region node, Target target) {
        SurfaceGestures gestures = new SurfaceGestures(target);
        node.setCursor(Cursor.OPEN_HAND);
        node.setOnMousePressed(gestures::pressed);
        node.setOnMouseDragged(gestures::dragged);
        node.setOnMouseReleased(event -> {
            node.setCursor(Cursor.OPEN_HAND);
            gestures.released();
        });
        node.setOnScroll(gestures::scrolled);
    }

    private void pressed(MouseEvent event) {
        lastX = event.getScreenX();
        lastY = event.getScreenY();
    }

    private void dragged(MouseEvent event) {
        if (!dragging) {
            dragging = true;
            ((Region) event.getSource()).setCursor(Cursor.CLOSED_HAND);
            target.moving(true);
        }
        // As if holding the surface: dragging right swings its near side to the right, dragging down tips its
        // near edge down and shows more of the top.
        double dx = event.getScreenX() - lastX;
        double dy = event.getScreenY() - lastY;
        lastX = event.getScreenX();
        lastY = event.getScreenY();
        target.rotate(-dx * TURN_PER_PIXEL, -dy * TURN_PER_PIXEL);
    }

    private void released() {
        if (dragging) {
            dragging = false;
            target.moving(false);
        }
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() == 0) {
            return;
        }
        target.moving(true);
        target.zoom(Math.pow(PictureGestures.ZOOM_PER_SCROLL_UNIT, -event.getDeltaY()));
        wheelRest.playFromStart();
        event.consume();
    }
}
