package gdviz.ui.picture;

import gdviz.chart.MapGeometry;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** What a run has revealed so far, painted over a picture in parts; it tells which parts stay empty. */
public interface Trail {

    /** No trail. */
    Trail NONE = new Trail() {
        @Override
        public void paint(Graphics2D g2, MapGeometry geometry) {
        }

        @Override
        public boolean reaches(MapGeometry geometry, Rectangle2D area) {
            return false;
        }
    };

    /**
     * @param g2       the surface, in the picture's screen coordinates; paints only what its clip can show
     * @param geometry where the picture put its data area
     */
    void paint(Graphics2D g2, MapGeometry geometry);

    /** Whether {@link #paint} paints anything within {@code area}, in the picture's screen coordinates. */
    boolean reaches(MapGeometry geometry, Rectangle2D area);
}
