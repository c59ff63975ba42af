package gdviz.chart.surface;

import org.jfree.chart3d.data.Range;
import org.jfree.chart3d.graphics3d.Dimension3D;
import org.jfree.chart3d.graphics3d.Point3D;
import org.jfree.chart3d.plot.XYZPlot;

/**
 * Where a point (x, y, f) of the function lands in Orson's world. Orson's surfaces are y = f(x, z) with y up, so
 * our x stays x, our f becomes the world's height and our y becomes its depth. Being a record of plain numbers,
 * two mappings are equal exactly when they place every point alike, which lets a built mesh be reused.
 */
record WorldMapping(Range x, Range y, Range f, double width, double height, double depth,
                    double xOffset, double fOffset, double yOffset) {

    /** The mapping {@code plot} uses when it composes its world with these offsets. */
    static WorldMapping of(XYZPlot plot, double xOffset, double yOffset, double zOffset) {
        Dimension3D box = plot.getDimensions();
        return new WorldMapping(plot.getXAxis().getRange(), plot.getZAxis().getRange(),
                plot.getYAxis().getRange(), box.getWidth(), box.getHeight(), box.getDepth(),
                xOffset, yOffset, zOffset);
    }

    Point3D point(double px, double py, double pf) {
        return new Point3D(worldX(px), worldHeight(pf), worldDepth(py));
    }

    double worldX(double px) {
        return xOffset + width * x.percent(px);
    }

    double worldDepth(double py) {
        return yOffset + depth * y.percent(py);
    }

    double worldHeight(double pf) {
        return fOffset + height * f.percent(pf);
    }

    /** The f whose world height is {@code h}: the inverse of {@link #worldHeight(double)}. */
    double heightToF(double h) {
        return f.value((h - fOffset) / height);
    }

    /** The data x whose world x is {@code wx}. */
    double worldToX(double wx) {
        return x.value((wx - xOffset) / width);
    }

    /** The data y whose world depth is {@code wz}. */
    double depthToY(double wz) {
        return y.value((wz - yOffset) / depth);
    }
}
