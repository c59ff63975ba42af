package gdviz.ui.picture;

import gdviz.chart.MapGeometry;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The mouse on a chart picture, in data coordinates: pressing picks a point and dragging keeps picking (the
 * start point follows the pointer), the wheel zooms about the pointer, and dragging with Shift or the middle or
 * right button pans. Positions account for a picture shifted by a pan in progress.
 */
public final class PictureGestures {

    /** Zoom per unit of scroll delta; a wheel notch (40 units on most systems) zooms by about 6 %. */
    public static final double ZOOM_PER_SCROLL_UNIT = 1.0015;

    /** What the gestures do. */
    public interface Target {
        /** The pointer picked (x, y), kept inside the data area. */
        void pick(double x, double y);

        /**
         * The primary button went down at (x, y), kept inside the data area; by default a pick.
         *
         * @return whether dragging from here goes on picking
         */
        default boolean press(double x, double y) {
            pick(x, y);
            return true;
        }

        /** The view should move by (dx, dy) data units. */
        void pan(double dx, double dy);

        /** The view should zoom about (x, y); {@code factor} below 1 zooms in. */
        void zoom(double x, double y, double factor);
    }

    private final ChartPictureView picture;
    private final Target target;
    /** Where a pan began, and the scale then: the whole pan is measured in it (see {@link #dragged}). */
    private double pressX;
    private double pressY;
    private double pressPixelsPerX;
    private double pressPixelsPerY;
    private double pannedX;
    private double pannedY;
    private boolean panning;
    private boolean picking;

    private PictureGestures(ChartPictureView picture, Target target) {
        this.picture = picture;
        this.target = target;
    }

    /** Handles the mouse on {@code picture} from now on. */
    public static void install(ChartPictureView picture, Target target) {
        PictureGestures gestures = new PictureGestures(picture, target);
        Region node = picture.node();
        node.setCursor(Cursor.CROSSHAIR);
        node.setOnMousePressed(gestures::pressed);
        node.setOnMouseDragged(gestures::dragged);
        node.setOnMouseReleased(gestures::released);
        node.setOnScroll(gestures::scrolled);
    }

    private void pressed(MouseEvent event) {
        picture.node().requestFocus();
        MapGeometry geometry = picture.geometryProperty().get();
        if (geometry == null) {
            return;
        }
        if (event.isShiftDown() || event.getButton() == MouseButton.MIDDLE
                || event.getButton() == MouseButton.SECONDARY) {
            panning = true;
            pressX = event.getX();
            pressY = event.getY();
            pressPixelsPerX = geometry.pixelsPerX();
            pressPixelsPerY = geometry.pixelsPerY();
            pannedX = 0;
            pannedY = 0;
            picture.node().setCursor(Cursor.MOVE);
        } else if (event.getButton() == MouseButton.PRIMARY && geometry.contains(shownX(event), shownY(event))) {
            picking = target.press(dataX(geometry, event), dataY(geometry, event));
        }
    }

    private void dragged(MouseEvent event) {
        MapGeometry geometry = picture.geometryProperty().get();
        if (geometry == null) {
            return;
        }
        if (panning) {
            // The picture of the moved region may arrive mid-drag with other axis labels and so another scale;
            // measuring the whole pan in the scale it began with moves the plane by just what the pointer crossed
            // on the picture it grabbed, however many pictures arrive on the way.
            double wantedX = -(event.getX() - pressX) / pressPixelsPerX;
            double wantedY = (event.getY() - pressY) / pressPixelsPerY;
            target.pan(wantedX - pannedX, wantedY - pannedY);
            pannedX = wantedX;
            pannedY = wantedY;
        } else if (picking) {
            pick(geometry, event);
        }
    }

    /** Ends a gesture where the button came up, which the last drag event may not have reported. */
    private void released(MouseEvent event) {
        if (panning || picking) {
            dragged(event);
        }
        panning = false;
        picking = false;
        picture.node().setCursor(Cursor.CROSSHAIR);
    }

    private void pick(MapGeometry geometry, MouseEvent event) {
        target.pick(dataX(geometry, event), dataY(geometry, event));
    }

    private double dataX(MapGeometry geometry, MouseEvent event) {
        return geometry.toDataX(Math.max(geometry.left(), Math.min(geometry.right(), shownX(event))));
    }

    private double dataY(MapGeometry geometry, MouseEvent event) {
        return geometry.toDataY(Math.max(geometry.top(), Math.min(geometry.bottom(), shownY(event))));
    }

    private void scrolled(ScrollEvent event) {
        MapGeometry geometry = picture.geometryProperty().get();
        double x = event.getX() - picture.offsetX();
        double y = event.getY() - picture.offsetY();
        if (geometry == null || event.getDeltaY() == 0 || !geometry.contains(x, y)) {
            return;
        }
        target.zoom(geometry.toDataX(x), geometry.toDataY(y), Math.pow(ZOOM_PER_SCROLL_UNIT, -event.getDeltaY()));
        event.consume();
    }

    private double shownX(MouseEvent event) {
        return event.getX() - picture.offsetX();
    }

    private double shownY(MouseEvent event) {
        return event.getY() - picture.offsetY();
    }
}
