package gdviz.ui.picture;

import gdviz.chart.ChartOverlay;
import gdviz.chart.MapGeometry;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.shape.Rectangle;

/**
 * What moves with the shown step (the current point and its arrow) on a canvas only as large as it is, moved to
 * where it is: a new step then repaints two small areas of the window, not the whole picture.
 */
final class MarkLayer {

    private final Canvas canvas = new Canvas();
    private final NodeClippedGraphics g2 = new NodeClippedGraphics(canvas);
    /** The data area in the canvas's own coordinates: the mark is clipped to it here, not by its painter. */
    private final Rectangle dataArea = new Rectangle();

    MarkLayer() {
        canvas.setMouseTransparent(true);
        canvas.setManaged(false);
        canvas.setVisible(false);
        canvas.setClip(dataArea);
    }

    Canvas node() {
        return canvas;
    }

    /**
     * Shows {@code mark}, which paints nothing outside {@code bounds}.
     *
     * @param geometry where the picture's data area is; null shows nothing
     * @param bounds   in layout pixels of the picture; null shows nothing
     */
    void paint(ChartOverlay mark, MapGeometry geometry, Rectangle2D bounds) {
        if (geometry == null || bounds == null || mark == ChartOverlay.NONE) {
            canvas.setVisible(false);
            return;
        }
        // The mark is clipped to the data area: a canvas reaching past it would only widen the picture's bounds.
        Rectangle2D area = bounds.createIntersection(geometry.dataArea().getBounds2D());
        if (area.isEmpty()) {
            canvas.setVisible(false);
            return;
        }
        int x = (int) Math.floor(area.getMinX());
        int y = (int) Math.floor(area.getMinY());
        double width = Math.ceil(area.getMaxX()) - x;
        double height = Math.ceil(area.getMaxY()) - y;
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        canvas.relocate(x, y);
        Rectangles.cover(dataArea, geometry.dataArea(), x, y);
        Blank.clear(canvas);
        g2.setTransform(AffineTransform.getTranslateInstance(-x, -y));
        mark.paint(g2, geometry);
        canvas.setVisible(true);
    }
}
