package gdviz.ui.surface;

import gdviz.chart.surface.SurfaceChart;
import gdviz.chart.surface.SurfaceRun;
import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Trajectory;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import org.jfree.chart3d.graphics3d.ViewPoint3D;

/**
 * Draws frames of the surface on the surface thread, which alone touches the charts. A new region or colour scale
 * of the same function keeps the view the user chose, a new function starts from the home view, which suits
 * every function; a new size of the drawing area or a new look keeps the user's zoom relative to the fit.
 */
final class FrameRenderer {

    private SurfaceChart chart;
    private DifferentiableFunction function;
    private double width;
    private double height;
    private Trajectory path;
    private int step = -1;
    private List<SurfaceRun> others = List.of();

    /** Brings the chart to what {@code order} asks for and draws it. */
    SurfaceFrame draw(FrameOrder order) {
        place(order.chart(), order.function(), order.width(), order.height());
        move(order.change());
        chart.setMoving(order.moving());
        showPath(order.path(), order.step());
        showOthers(order.others());
        return new SurfaceFrame(paint(order.scale()), width, height, chart.spec(), path == null ? -1 : step,
                others.size(),
                ViewPoint.of(chart.chart().getViewPoint()), ViewPoint.of(chart.homeView()), order.moving());
    }

    private void place(SurfaceChart next, DifferentiableFunction nextFunction, double newWidth, double newHeight) {
        if (next != chart) {
            // The same function keeps the user's direction and zoom; the distance is fitted again, since a new
            // region changes the box and a new look the room its labels take.
            if (nextFunction == function) {
                ViewPoint3D kept = new ViewPoint3D(chart.chart().getViewPoint());
                double zoom = chart.zoomFromFit();
                next.fitTo(newWidth, newHeight);
                kept.setRho(next.chart().getViewPoint().getRho());
                next.chart().setViewPoint(kept);
                next.zoom(zoom);
            } else {
                next.fitTo(newWidth, newHeight);
            }
            chart = next;
            function = nextFunction;
            path = null;
            step = -1;
            others = List.of();
        } else if (newWidth != width || newHeight != height) {
            double zoom = chart.zoomFromFit();
            chart.fitTo(newWidth, newHeight);
            chart.zoom(zoom);
        }
        width = newWidth;
        height = newHeight;
    }

    private void move(ViewChange change) {
        if (change.reset()) {
            chart.resetView();
        }
        if (change.turn() != 0 || change.tilt() != 0) {
            chart.rotate(change.turn(), change.tilt());
        }
        if (change.zoom() != 1) {
            chart.zoom(change.zoom());
        }
    }

    private void showPath(Trajectory wanted, int wantedStep) {
        if (wanted == null) {
            if (path != null) {
                chart.clearPath();
            }
        } else if (wanted != path || wantedStep != step) {
            chart.showPath(wanted, wantedStep);
        }
        path = wanted;
        step = wanted == null ? -1 : wantedStep;
    }

    private void showOthers(List<SurfaceRun> wanted) {
        if (!wanted.equals(others)) {
            chart.showOtherRuns(wanted);
            others = wanted;
        }
    }

    private WritableImage paint(double scale) {
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_ARGB_PRE);
        chart.drawInto(image, scale, new Rectangle2D.Double(0, 0, width, height));
        return SwingFXUtils.toFXImage(image, null);
    }

}
