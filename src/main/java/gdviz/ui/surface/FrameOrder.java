package gdviz.ui.surface;

import gdviz.chart.surface.SurfaceChart;
import gdviz.chart.surface.SurfaceRun;
import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Trajectory;
import java.util.List;

/**
 * What the next frame of the surface should show, taken on the UI thread and drawn on the surface thread.
 *
 * @param chart    the surface; used only on the surface thread
 * @param function the function the surface shows
 * @param path     the run to show on it, of the same function, or null for none
 * @param step     the current step of {@code path}, 0 to its last step; ignored without a path
 * @param others   further runs of the same function to lay beside the path, such as pinned runs
 * @param change   how the view moved since the last frame
 * @param moving   whether the user is moving the view, which calls for a draft
 * @param width    the layout width to fill, positive
 * @param height   the layout height to fill, positive
 * @param scale    device pixels per layout pixel, 1 or more
 */
record FrameOrder(SurfaceChart chart, DifferentiableFunction function, Trajectory path, int step, List<SurfaceRun> others,
                  ViewChange change,
                  boolean moving, double width, double height, double scale) {
}
