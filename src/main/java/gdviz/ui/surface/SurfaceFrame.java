package gdviz.ui.surface;

import gdviz.chart.surface.SurfaceSpec;
import javafx.scene.image.Image;

/**
 * One drawn picture of the surface and what it shows.
 *
 * @param image    the picture at device resolution
 * @param width    the layout width it fills
 * @param height   the layout height it fills
 * @param spec     what the surface shows: the function, region, f range and colour levels
 * @param step     the descent step shown as the current point, or -1 when no path is shown
 * @param others   how many further runs (pinned runs) lie on the surface beside the path
 * @param view     where it is seen from
 * @param home     the home view for this drawing area, which the reset button returns to
 * @param draft    whether it was drawn in draft (coarse mesh, no antialiasing) because the view was moving
 */
public record SurfaceFrame(Image image, double width, double height, SurfaceSpec spec, int step, int others,
                           ViewPoint view, ViewPoint home, boolean draft) {
}
