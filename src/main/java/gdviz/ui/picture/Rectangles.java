package gdviz.ui.picture;

import java.awt.geom.Rectangle2D;
import javafx.scene.shape.Rectangle;

/** Node clips that follow an area of the picture. */
final class Rectangles {

    private Rectangles() {
    }

    /** Makes {@code clip} cover {@code area}, given in picture pixels, for a node placed at (x, y) of the picture. */
    static void cover(Rectangle clip, Rectangle2D area, double x, double y) {
        clip.setX(area.getX() - x);
        clip.setY(area.getY() - y);
        clip.setWidth(area.getWidth());
        clip.setHeight(area.getHeight());
    }
}
