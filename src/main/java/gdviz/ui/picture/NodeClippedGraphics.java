package gdviz.ui.picture;

import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.Canvas;
import org.jfree.fx.FXGraphics2D;

/**
 * A Graphics2D on a canvas whose clip is only remembered, for painters that ask what they can show, and never
 * set on the canvas: the node that shows the canvas is clipped instead. In the software pipeline a clip set on a
 * canvas makes every later drawing call render into a scratch image of the whole canvas and blend it through a
 * mask, which costs a step of the animation more than painting the step does; a node's rectangular clip costs
 * nothing. Use only where every clip a painter sets contains the area the node is clipped to, or lies outside
 * the canvas.
 */
final class NodeClippedGraphics extends FXGraphics2D {

    /** The clip in the canvas's own pixels, or null for none. */
    private Shape deviceClip;

    NodeClippedGraphics(Canvas canvas) {
        super(canvas.getGraphicsContext2D());
    }

    @Override
    public Shape getClip() {
        if (deviceClip == null) {
            return null;
        }
        try {
            return getTransform().createInverse().createTransformedShape(deviceClip);
        } catch (NoninvertibleTransformException e) {
            return null;
        }
    }

    @Override
    public Rectangle getClipBounds() {
        Shape clip = getClip();
        return clip == null ? null : clip.getBounds();
    }

    @Override
    public void setClip(Shape shape) {
        deviceClip = shape == null ? null : toDevice(shape);
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        setClip(new Rectangle(x, y, width, height));
    }

    @Override
    public void clip(Shape shape) {
        if (shape == null) {
            setClip(null);
            return;
        }
        Shape added = toDevice(shape);
        deviceClip = deviceClip == null ? added : intersection(deviceClip, added);
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        clip(new Rectangle(x, y, width, height));
    }

    private Shape toDevice(Shape shape) {
        AffineTransform transform = getTransform();
        if (shape instanceof Rectangle2D rect && transform.getShearX() == 0 && transform.getShearY() == 0) {
            return transform.createTransformedShape(rect).getBounds2D();
        }
        return transform.createTransformedShape(shape);
    }

    private static Shape intersection(Shape a, Shape b) {
        if (a instanceof Rectangle2D ra && b instanceof Rectangle2D rb) {
            Rectangle2D both = ra.createIntersection(rb);
            return both.isEmpty() ? new Rectangle2D.Double() : both;
        }
        Area both = new Area(a);
        both.intersect(new Area(b));
        return both;
    }
}
