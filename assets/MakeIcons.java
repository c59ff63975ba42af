import gdviz.chart.ColourMap;
import gdviz.chart.PathStyle;
import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Trajectory;
import gdviz.core.expr.FunctionParser;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the application icon at every size the window asks for: filled contour bands of the teaching texts' bowl
 * x^2 + x*y + y^2 in the map's colours, and a descent across them in the path's colour, computed by gdviz itself.
 * Run by assets/make-icons.sh.
 */
public class MakeIcons {

    static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    /** The region shown, -R..R on both axes. */
    static final double R = 3.2;

    public static void main(String[] args) throws Exception {
        DifferentiableFunction bowl = FunctionParser.parse("x^2 + x*y + y^2").compile();
        // A rate close to the limit 2/3: the steps cross the valley from side to side, as a teacher shows it.
        Trajectory path = new Descent(bowl, new GradientDescent(), new DescentSettings(0.5, 10, 1e-3))
                .trace(new double[] {2.3, -1.5});
        for (int size : SIZES) {
            File out = new File(args[0], "gdviz-" + size + ".png");
            ImageIO.write(draw(size, path), "png", out);
            System.out.println(out);
        }
    }

    static BufferedImage draw(int size, Trajectory path) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double corner = size * 0.22;
        g.setClip(new RoundRectangle2D.Double(0, 0, size, size, corner, corner));
        // Data to pixels: x to the right, y up.
        AffineTransform toPixels = new AffineTransform(size / (2 * R), 0, 0, -size / (2 * R), size / 2.0, size / 2.0);
        ColourMap colours = ColourMap.viridis();
        // Fewer bands when small, so each stays at least a pixel or two wide.
        int bands = size <= 16 ? 4 : size <= 48 ? 6 : 9;
        double top = 12.0;
        g.setColor(colours.color(1));
        g.fillRect(0, 0, size, size);
        for (int band = bands; band >= 1; band--) {
            double level = top * Math.pow((double) band / bands, 2);
            g.setColor(colours.color((double) band / bands));
            g.fill(toPixels.createTransformedShape(isoLine(level)));
        }
        if (size >= 48) {
            g.setColor(new Color(255, 255, 255, 90));
            g.setStroke(new BasicStroke((float) (size / 160.0)));
            for (int band = bands; band >= 1; band--) {
                g.draw(toPixels.createTransformedShape(isoLine(top * Math.pow((double) band / bands, 2))));
            }
        }
        PathStyle style = PathStyle.standard();
        Path2D line = new Path2D.Double();
        for (int k = 0; k < path.size(); k++) {
            if (k == 0) {
                line.moveTo(path.coordinate(k, 0), path.coordinate(k, 1));
            } else {
                line.lineTo(path.coordinate(k, 0), path.coordinate(k, 1));
            }
        }
        float width = (float) Math.max(1.6, size / 20.0);
        BasicStroke round = new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        g.setColor(style.halo());
        g.setStroke(new BasicStroke(width + (float) Math.max(1, size / 40.0), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(toPixels.createTransformedShape(line));
        g.setColor(style.path());
        g.setStroke(round);
        g.draw(toPixels.createTransformedShape(line));
        if (size >= 64) {
            double dot = width * 1.4;
            for (int k = 0; k < path.size(); k++) {
                double[] p = {path.coordinate(k, 0), path.coordinate(k, 1)};
                toPixels.transform(p, 0, p, 0, 1);
                g.fill(new Ellipse2D.Double(p[0] - dot / 2, p[1] - dot / 2, dot, dot));
            }
        }
        g.dispose();
        return image;
    }

    /** The ellipse x^2 + x*y + y^2 = level: semi-axes sqrt(level/1.5) along (1,1), sqrt(level/0.5) along (1,-1). */
    static java.awt.Shape isoLine(double level) {
        double a = Math.sqrt(level / 1.5);
        double b = Math.sqrt(level / 0.5);
        Ellipse2D ellipse = new Ellipse2D.Double(-a, -b, 2 * a, 2 * b);
        return AffineTransform.getRotateInstance(Math.PI / 4).createTransformedShape(ellipse);
    }
}
