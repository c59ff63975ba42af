package gdviz.ui.picture;

import gdviz.chart.MapGeometry;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.shape.Rectangle;

/**
 * What a run has revealed so far, painted on a grid of small transparent canvases: when a step adds to the trail
 * only the tiles where it changed are painted again, so the toolkit repaints a few small squares of the window
 * instead of the whole picture with everything behind it. Each tile paints the same overlay shifted by whole
 * pixels, so the tiles together show what one canvas would. The tiles are clipped to the data area as a group,
 * not each canvas by its painter (see {@link NodeClippedGraphics}).
 */
final class TrailTiles {

    /** Tile side in layout pixels: a step of a slow run touches one or two, and the grid stays a few dozen. */
    static final int SIDE = 128;

    private final Group node = new Group();
    private final List<Tile> tiles = new ArrayList<>();
    private final Rectangle dataArea = new Rectangle();

    private static final class Tile {
        final Canvas canvas;
        final NodeClippedGraphics g2;
        final int x;
        final int y;
        /** Whether the tile was last cleared with nothing painted: clearing it again would only repaint it. */
        boolean blank = true;

        Tile(Canvas canvas, int x, int y) {
            this.canvas = canvas;
            this.g2 = new NodeClippedGraphics(canvas);
            this.x = x;
            this.y = y;
        }
    }

    TrailTiles() {
        node.setMouseTransparent(true);
        node.setManaged(false);
        node.setClip(dataArea);
    }

    Group node() {
        return node;
    }

    /** Lays a grid of empty tiles over {@code width × height} layout pixels. */
    void resize(double width, double height) {
        tiles.clear();
        List<Canvas> canvases = new ArrayList<>();
        for (int y = 0; y < height; y += SIDE) {
            for (int x = 0; x < width; x += SIDE) {
                Canvas canvas = new Canvas(Math.min(SIDE, width - x), Math.min(SIDE, height - y));
                canvas.setVisible(false);
                canvas.relocate(x, y);
                canvases.add(canvas);
                tiles.add(new Tile(canvas, x, y));
            }
        }
        node.getChildren().setAll(canvases);
    }

    /**
     * Paints {@code trail} again on the tiles that meet {@code changed}, or on all of them.
     *
     * @param geometry where the picture's data area is; null paints nothing (the tiles are cleared)
     * @param changed  the layout area outside which the tiles already show {@code trail}; null for anywhere
     */
    void paint(Trail trail, MapGeometry geometry, Rectangle2D changed) {
        if (geometry != null) {
            Rectangles.cover(dataArea, geometry.dataArea(), 0, 0);
        }
        for (Tile tile : tiles) {
            Canvas canvas = tile.canvas;
            Rectangle2D area = new Rectangle2D.Double(tile.x, tile.y, canvas.getWidth(), canvas.getHeight());
            if (changed != null && !changed.intersects(area)) {
                continue;
            }
            boolean nothing = geometry == null || !trail.reaches(geometry, area);
            // An empty tile is hidden, not drawn transparent: every frame of the window would blend it in.
            canvas.setVisible(!nothing);
            if (nothing && tile.blank) {
                continue;
            }
            Blank.clear(canvas);
            tile.blank = nothing;
            if (!nothing) {
                tile.g2.setTransform(AffineTransform.getTranslateInstance(-tile.x, -tile.y));
                tile.g2.setClip(area);
                trail.paint(tile.g2, geometry);
                tile.g2.setClip(null);
            }
        }
    }
}
