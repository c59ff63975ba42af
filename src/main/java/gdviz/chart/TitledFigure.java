package gdviz.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Size2D;

/**
 * A figure on white paper under a title in the 2-D charts' style, wrapped to the figure's width, for charts
 * whose own titles look different or do not wrap (Orson Charts' 3-D charts).
 */
final class TitledFigure implements Figure {

    private final String title;
    private final Figure body;

    TitledFigure(String title, Figure body) {
        this.title = title;
        this.body = body;
    }

    @Override
    public void draw(Graphics2D g2, int width, int height) throws FigureSizeException {
        GraphicsState saved = GraphicsState.save(g2);
        AffineTransform transform = g2.getTransform();
        try {
            g2.setPaint(Color.WHITE);
            g2.fill(new Rectangle2D.Double(0, 0, width, height));
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            TextTitle text = Plots.title(title);
            Size2D size = text.arrange(g2, new RectangleConstraint(width, null, LengthConstraintType.FIXED, 0, null,
                    LengthConstraintType.NONE));
            text.draw(g2, new Rectangle2D.Double(0, 0, width, size.getHeight()));
            int bodyHeight = (int) Math.floor(height - size.getHeight());
            if (bodyHeight < 1) {
                throw new FigureSizeException("a " + width + " × " + height + " figure is too small for this chart:"
                        + " its title leaves no room for the chart");
            }
            g2.translate(0, height - bodyHeight);
            body.draw(g2, width, bodyHeight);
        } finally {
            g2.setTransform(transform);
            saved.restore();
        }
    }
}
