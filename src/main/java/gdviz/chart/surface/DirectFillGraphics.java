package gdviz.chart.surface;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.DataBufferInt;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * The graphics of an image that fills plain polygons itself, straight into the image's pixels, and hands every
 * other call to the image's own graphics. A fill is taken over only in the state in which {@link PixelPolygonFill}
 * sets the very pixels Java2D would: antialiasing off, normalised strokes, an opaque {@link Color} painted over,
 * a wide {@link BasicStroke} (with which Java2D fills through its normalising span iterator), a transform without
 * rotation and a rectangular clip; anything else, rectangles, and shapes with curves, go to Java2D as before.
 * Since both draw into the same pixels at once, the order of drawing is kept.
 *
 * <p>This is for the thousands of small faces of a draft frame of the surface, where Java2D's set-up per shape
 * costs far more than the filling.
 */
final class DirectFillGraphics extends Graphics2D {

    private static final int ROTATION = AffineTransform.TYPE_GENERAL_ROTATION
            | AffineTransform.TYPE_QUADRANT_ROTATION | AffineTransform.TYPE_GENERAL_TRANSFORM;

    private final Graphics2D g2;
    private final PixelPolygonFill filler;
    private final int width;
    private final int height;
    /** The user clip in device space as Java2D keeps it; null for none. */
    private Rectangle2D deviceClip;
    /** The user clip is a shape other than a rectangle, or was set under a rotation: fills go to Java2D. */
    private boolean clipUnknown;
    /** The clip box {lox, loy, hix, hiy} of the fills, null when it must be worked out again. */
    private int[] clipBox;
    private final int[] box = new int[4];
    /** How many fills were done straight into the pixels. */
    private int filledDirectly;

    private DirectFillGraphics(Graphics2D g2, PixelPolygonFill filler, int width, int height) {
        this.g2 = g2;
        this.filler = filler;
        this.width = width;
        this.height = height;
        this.clipUnknown = g2.getClip() != null;
    }

    /**
     * Graphics drawing into {@code image} through {@code g2} that fill plain polygons directly, or {@code g2}
     * itself when the image does not keep its pixels as plain ints that this can write.
     *
     * @param g2 a graphics of {@code image}, which the returned graphics takes over: use it alone from now on
     */
    static Graphics2D over(BufferedImage image, Graphics2D g2) {
        int type = image.getType();
        boolean ints = type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB
                || type == BufferedImage.TYPE_INT_ARGB_PRE;
        WritableRaster raster = image.getRaster();
        if (!ints || !(raster.getDataBuffer() instanceof DataBufferInt data) || data.getNumBanks() != 1
                || !(raster.getSampleModel() instanceof SinglePixelPackedSampleModel model)
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
            return g2;
        }
        PixelPolygonFill filler = new PixelPolygonFill(data.getData(), data.getOffset(), model.getScanlineStride());
        return new DirectFillGraphics(g2, filler, image.getWidth(), image.getHeight());
    }

    @Override
    public void fill(Shape s) {
        int[] clip = fillClip();
        Paint paint = g2.getPaint();
        // Java2D fills rectangles through a pipe of their own, quick already and with rounding of its own.
        if (clip != null && paint instanceof Color colour && colour.getAlpha() == 255 && !(s instanceof Rectangle2D)) {
            AffineTransform transform = g2.getTransform();
            if (plainState(transform)
                    && filler.fill(s, transform.isIdentity() ? null : transform, colour.getRGB(), clip)) {
                filledDirectly++;
                return;
            }
        }
        g2.fill(s);
    }

    /** How many fills so far were done straight into the pixels rather than by Java2D. */
    int filledDirectly() {
        return filledDirectly;
    }

    /** Whether Java2D is in the state that {@link PixelPolygonFill} mirrors, the paint aside. */
    private boolean plainState(AffineTransform transform) {
        return (transform.getType() & ROTATION) == 0
                && g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING) != RenderingHints.VALUE_ANTIALIAS_ON
                && g2.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL) != RenderingHints.VALUE_STROKE_PURE
                && g2.getComposite() instanceof AlphaComposite over && over.getRule() == AlphaComposite.SRC_OVER
                && over.getAlpha() == 1f
                && g2.getStroke() instanceof BasicStroke stroke && wide(stroke, transform);
    }

    /**
     * Whether Java2D takes the stroke as wider than a pixel, and so fills shapes through its normalising span
     * iterator rather than its thin-line path loop; borderline widths count as thin, leaving them to Java2D.
     */
    private static boolean wide(BasicStroke stroke, AffineTransform transform) {
        double smallestScale = Math.min(Math.abs(transform.getScaleX()), Math.abs(transform.getScaleY()));
        return stroke.getLineWidth() > 1.01f && stroke.getLineWidth() * Math.min(1, smallestScale) > 1.01;
    }

    /** The device clip box of fills, or null when this cannot tell it as Java2D does. */
    private int[] fillClip() {
        if (clipUnknown) {
            return null;
        }
        if (clipBox == null) {
            box[0] = 0;
            box[1] = 0;
            box[2] = width;
            box[3] = height;
            if (deviceClip != null) {
                box[0] = Math.max(box[0], clipRound(deviceClip.getMinX()));
                box[1] = Math.max(box[1], clipRound(deviceClip.getMinY()));
                box[2] = Math.min(box[2], clipRound(deviceClip.getMaxX()));
                box[3] = Math.min(box[3], clipRound(deviceClip.getMaxY()));
            }
            clipBox = box;
        }
        return clipBox;
    }

    /** Java2D's rounding of a rectangular clip's edges: a pixel is inside when its centre is. */
    private static int clipRound(double v) {
        return (int) Math.ceil(v - 0.5);
    }

    /** {@code s} in device space, as Java2D turns a rectangle into its user clip; null when it cannot. */
    private Rectangle2D toDevice(Shape s) {
        AffineTransform transform = g2.getTransform();
        if (!(s instanceof Rectangle2D r) || (transform.getType() & ROTATION) != 0 || r.getWidth() < 0
                || r.getHeight() < 0) {
            return null;
        }
        double[] corners = {r.getX(), r.getY(), r.getX() + r.getWidth(), r.getY() + r.getHeight()};
        transform.transform(corners, 0, corners, 0, 2);
        double x0 = Math.min(corners[0], corners[2]);
        double y0 = Math.min(corners[1], corners[3]);
        return new Rectangle2D.Double(x0, y0, Math.max(corners[0], corners[2]) - x0,
                Math.max(corners[1], corners[3]) - y0);
    }

    private void clipSet(Shape s) {
        clipBox = null;
        deviceClip = s == null ? null : toDevice(s);
        clipUnknown = s != null && deviceClip == null;
    }

    private void clipNarrowed(Shape s) {
        clipBox = null;
        if (clipUnknown) {
            return;
        }
        Rectangle2D narrowed = toDevice(s);
        if (narrowed == null) {
            clipUnknown = true;
        } else if (deviceClip != null) {
            Rectangle2D.intersect(deviceClip, narrowed, narrowed);
            deviceClip = narrowed;
        } else {
            deviceClip = narrowed;
        }
    }

    // Clip changes: handed on, and followed.

    @Override
    public void clip(Shape s) {
        g2.clip(s);
        if (s == null) {
            clipSet(null);
        } else {
            clipNarrowed(s);
        }
    }

    @Override
    public void setClip(Shape clip) {
        g2.setClip(clip);
        clipSet(clip);
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        clip(new Rectangle(x, y, width, height));
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        setClip(new Rectangle(x, y, width, height));
    }

    // Everything else: handed on.

    @Override
    public Graphics create() {
        return g2.create();
    }

    @Override
    public void dispose() {
        g2.dispose();
    }

    @Override
    public void draw(Shape s) {
        g2.draw(s);
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        return g2.drawImage(img, xform, obs);
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        g2.drawImage(img, op, x, y);
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        g2.drawRenderedImage(img, xform);
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        g2.drawRenderableImage(img, xform);
    }

    @Override
    public void drawString(String str, int x, int y) {
        g2.drawString(str, x, y);
    }

    @Override
    public void drawString(String str, float x, float y) {
        g2.drawString(str, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        g2.drawString(iterator, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        g2.drawString(iterator, x, y);
    }

    @Override
    public void drawChars(char[] data, int offset, int length, int x, int y) {
        g2.drawChars(data, offset, length, x, y);
    }

    @Override
    public void drawBytes(byte[] data, int offset, int length, int x, int y) {
        g2.drawBytes(data, offset, length, x, y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        g2.drawGlyphVector(g, x, y);
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        return g2.hit(rect, s, onStroke);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return g2.getDeviceConfiguration();
    }

    @Override
    public void setComposite(Composite comp) {
        g2.setComposite(comp);
    }

    @Override
    public void setPaint(Paint paint) {
        g2.setPaint(paint);
    }

    @Override
    public void setStroke(Stroke s) {
        g2.setStroke(s);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
        g2.setRenderingHint(hintKey, hintValue);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key hintKey) {
        return g2.getRenderingHint(hintKey);
    }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        g2.setRenderingHints(hints);
    }

    @Override
    public void addRenderingHints(Map<?, ?> hints) {
        g2.addRenderingHints(hints);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return g2.getRenderingHints();
    }

    @Override
    public void translate(int x, int y) {
        g2.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        g2.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        g2.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        g2.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        g2.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        g2.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        g2.transform(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        g2.setTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return g2.getTransform();
    }

    @Override
    public Paint getPaint() {
        return g2.getPaint();
    }

    @Override
    public Composite getComposite() {
        return g2.getComposite();
    }

    @Override
    public void setBackground(Color color) {
        g2.setBackground(color);
    }

    @Override
    public Color getBackground() {
        return g2.getBackground();
    }

    @Override
    public Stroke getStroke() {
        return g2.getStroke();
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return g2.getFontRenderContext();
    }

    @Override
    public Color getColor() {
        return g2.getColor();
    }

    @Override
    public void setColor(Color c) {
        g2.setColor(c);
    }

    @Override
    public void setPaintMode() {
        g2.setPaintMode();
    }

    @Override
    public void setXORMode(Color c1) {
        g2.setXORMode(c1);
    }

    @Override
    public Font getFont() {
        return g2.getFont();
    }

    @Override
    public void setFont(Font font) {
        g2.setFont(font);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return g2.getFontMetrics(f);
    }

    @Override
    public FontMetrics getFontMetrics() {
        return g2.getFontMetrics();
    }

    @Override
    public Rectangle getClipBounds() {
        return g2.getClipBounds();
    }

    @Override
    public Rectangle getClipBounds(Rectangle r) {
        return g2.getClipBounds(r);
    }

    @Override
    public boolean hitClip(int x, int y, int width, int height) {
        return g2.hitClip(x, y, width, height);
    }

    @Override
    public Shape getClip() {
        return g2.getClip();
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        g2.copyArea(x, y, width, height, dx, dy);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        g2.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        g2.fillRect(x, y, width, height);
    }

    @Override
    public void drawRect(int x, int y, int width, int height) {
        g2.drawRect(x, y, width, height);
    }

    @Override
    public void draw3DRect(int x, int y, int width, int height, boolean raised) {
        g2.draw3DRect(x, y, width, height, raised);
    }

    @Override
    public void fill3DRect(int x, int y, int width, int height, boolean raised) {
        g2.fill3DRect(x, y, width, height, raised);
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        g2.clearRect(x, y, width, height);
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        g2.drawRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        g2.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        g2.drawOval(x, y, width, height);
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        g2.fillOval(x, y, width, height);
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        g2.drawArc(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        g2.fillArc(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        g2.drawPolyline(xPoints, yPoints, nPoints);
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        g2.drawPolygon(xPoints, yPoints, nPoints);
    }

    @Override
    public void drawPolygon(Polygon p) {
        g2.drawPolygon(p);
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        g2.fillPolygon(xPoints, yPoints, nPoints);
    }

    @Override
    public void fillPolygon(Polygon p) {
        g2.fillPolygon(p);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return g2.drawImage(img, x, y, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        return g2.drawImage(img, x, y, width, height, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        return g2.drawImage(img, x, y, bgcolor, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor,
            ImageObserver observer) {
        return g2.drawImage(img, x, y, width, height, bgcolor, observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        return g2.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color bgcolor, ImageObserver observer) {
        return g2.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bgcolor, observer);
    }
}
