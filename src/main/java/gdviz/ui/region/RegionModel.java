package gdviz.ui.region;

import gdviz.core.grid.Domain;
import gdviz.ui.widgets.Snap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The region of the plane the map shows (for a one-variable function, its x range is the curve's range), how it
 * is coloured, and the view a preset came with, to go back to. Zoom and pan keep the region within sensible
 * sizes, so no gesture can produce a region too small to sample or too large to read.
 *
 * <p>The four bounds are editable one at a time; {@link #domainProperty()} follows them whenever they form a
 * valid region and ignores the in-between states of an edit. Needs no running toolkit.
 */
public final class RegionModel {

    /** The narrowest and widest extent zooming allows, relative to the larger coordinate magnitude. */
    static final double MIN_EXTENT = 1e-9;
    static final double MAX_EXTENT = 1e9;

    private final DoubleProperty xMin = new SimpleDoubleProperty(this, "xMin", -5);
    private final DoubleProperty xMax = new SimpleDoubleProperty(this, "xMax", 5);
    private final DoubleProperty yMin = new SimpleDoubleProperty(this, "yMin", -5);
    private final DoubleProperty yMax = new SimpleDoubleProperty(this, "yMax", 5);
    private final ReadOnlyObjectWrapper<Domain> domain = new ReadOnlyObjectWrapper<>(this, "domain",
            new Domain(-5, 5, -5, 5));
    private final BooleanProperty logColours = new SimpleBooleanProperty(this, "logColours");
    private Domain home = domain.get();
    /** The unrounded region of the last zoom or pan step. */
    private Domain exact;
    private boolean settingAll;

    public RegionModel() {
        for (DoubleProperty bound : new DoubleProperty[] {xMin, xMax, yMin, yMax}) {
            bound.addListener(changed -> {
                if (!settingAll) {
                    follow();
                }
            });
        }
    }

    public DoubleProperty xMinProperty() {
        return xMin;
    }

    public DoubleProperty xMaxProperty() {
        return xMax;
    }

    public DoubleProperty yMinProperty() {
        return yMin;
    }

    public DoubleProperty yMaxProperty() {
        return yMax;
    }

    /** The region shown; changes only to valid regions. */
    public ReadOnlyObjectProperty<Domain> domainProperty() {
        return domain.getReadOnlyProperty();
    }

    public Domain domain() {
        return domain.get();
    }

    /** Colours spaced by the logarithm of the height above the minimum, for functions such as Rosenbrock. */
    public BooleanProperty logColoursProperty() {
        return logColours;
    }

    /** Shows {@code region} and makes it the one {@link #goHome()} returns to. */
    public void setHome(Domain region) {
        home = region;
        show(region);
    }

    /** Returns to the region the function came with. */
    public void goHome() {
        show(home);
    }

    /** Shows {@code region}, all four bounds at once. */
    public void show(Domain region) {
        settingAll = true;
        try {
            xMin.set(region.xMin());
            xMax.set(region.xMax());
            yMin.set(region.yMin());
            yMax.set(region.yMax());
        } finally {
            settingAll = false;
        }
        follow();
    }

    /**
     * Zooms about a point that stays where it is on screen.
     *
     * @param x      the fixed point's x
     * @param y      the fixed point's y
     * @param factor below 1 zooms in, above 1 out; ignored where the region would become too small or too large
     */
    public void zoom(double x, double y, double factor) {
        showIfSensible(gestureBase().zoomedAbout(x, y, factor));
    }

    /** Moves the region by (dx, dy) in data units. */
    public void pan(double dx, double dy) {
        showIfSensible(gestureBase().shiftedBy(dx, dy));
    }

    /** Zooms the x range alone about x, for a curve, whose vertical range follows the function. */
    public void zoomX(double x, double factor) {
        Domain now = gestureBase();
        showIfSensible(new Domain(x + (now.xMin() - x) * factor, x + (now.xMax() - x) * factor,
                now.yMin(), now.yMax()));
    }

    /** Moves the x range alone by dx, for a curve. */
    public void panX(double dx) {
        pan(dx, 0);
    }

    /**
     * Shows a region reached by a gesture, its bounds rounded so the fields read -3.73 rather than -3.7274278. The
     * exact region is kept for the next step of the gesture, so a drag of many small steps loses nothing to
     * rounding.
     */
    private void showIfSensible(Domain region) {
        if (sensible(region)) {
            show(readable(region));
            exact = region;
        }
    }

    /** The exact region behind the shown one if a gesture made it, else the shown one. */
    private Domain gestureBase() {
        return exact != null && readable(exact).equals(domain()) ? exact : domain();
    }

    private static Domain readable(Domain region) {
        double width = region.width();
        double height = region.height();
        return new Domain(Snap.toReadable(region.xMin(), width), Snap.toReadable(region.xMax(), width),
                Snap.toReadable(region.yMin(), height), Snap.toReadable(region.yMax(), height));
    }

    private static boolean sensible(Domain region) {
        double scale = Math.max(1, Math.max(Math.max(Math.abs(region.xMin()), Math.abs(region.xMax())),
                Math.max(Math.abs(region.yMin()), Math.abs(region.yMax()))));
        double smaller = Math.min(region.width(), region.height());
        double larger = Math.max(region.width(), region.height());
        return smaller >= MIN_EXTENT * scale && larger <= MAX_EXTENT;
    }

    private void follow() {
        if (xMin.get() < xMax.get() && yMin.get() < yMax.get()) {
            Domain region = new Domain(xMin.get(), xMax.get(), yMin.get(), yMax.get());
            if (!region.equals(domain.get())) {
                domain.set(region);
            }
        }
    }
}
