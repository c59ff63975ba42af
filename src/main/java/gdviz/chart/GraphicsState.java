package gdviz.chart;

import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;

/**
 * The drawing state a layer changes, saved so it can be put back on the same Graphics2D.
 *
 * <p>Used instead of {@code Graphics2D.create()}: copies made by the JavaFX bridge share one canvas context,
 * and clipping through a copy can leave the original's clip out of step with the canvas.
 */
final class GraphicsState {

    private final Graphics2D g2;
    private final Shape clip;
    private final Paint paint;
    private final Stroke stroke;
    private final Font font;
    private final Composite composite;
    private final RenderingHints hints;

    private GraphicsState(Graphics2D g2) {
        this.g2 = g2;
        this.clip = g2.getClip();
        this.paint = g2.getPaint();
        this.stroke = g2.getStroke();
        this.font = g2.getFont();
        this.composite = g2.getComposite();
        this.hints = (RenderingHints) g2.getRenderingHints().clone();
    }

    static GraphicsState save(Graphics2D g2) {
        return new GraphicsState(g2);
    }

    void restore() {
        g2.setRenderingHints(hints);
        g2.setComposite(composite);
        g2.setFont(font);
        g2.setStroke(stroke);
        g2.setPaint(paint);
        g2.setClip(clip);
    }
}
