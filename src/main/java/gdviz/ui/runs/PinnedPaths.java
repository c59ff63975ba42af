package gdviz.ui.runs;

import gdviz.chart.ChartLook;
import gdviz.chart.ChartOverlay;
import gdviz.chart.PathFrame;
import gdviz.chart.PathPainter;
import gdviz.chart.PathStyle;
import gdviz.core.descent.Trajectory;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The visible pinned runs of two variables as one overlay for the map, each revealed up to the shown step (or
 * its own last step, if it ended sooner) so that all runs animate together. Pins get no −∇f arrow: that
 * belongs to the live run.
 */
public final class PinnedPaths {

    private final PinnedRuns runs;
    private final Map<Color, PathPainter> painters = new HashMap<>();
    private final Map<Trajectory, double[][]> coordinates = new HashMap<>();
    private PathStyle live = PathStyle.standard();

    /** @param runs the pins to draw */
    public PinnedPaths(PinnedRuns runs) {
        this.runs = runs;
    }

    /** Draws the pins in the size of {@code look}'s path from now on. */
    public void setLook(ChartLook look) {
        live = look.pathStyle();
        painters.clear();
    }

    /** The overlay of every visible two-variable pin at step {@code current}, 0 or more. */
    public ChartOverlay at(int current) {
        coordinates.keySet().removeIf(run -> runs.pins().stream().noneMatch(p -> p.run() == run));
        List<ChartOverlay> layers = new ArrayList<>();
        for (PinnedRun pin : runs.pins()) {
            Trajectory run = pin.run();
            if (pin.visibleProperty().get() && run.dimension() == 2) {
                double[][] xy = coordinates.computeIfAbsent(run, PinnedPaths::extract);
                PathFrame frame = new PathFrame(xy[0], xy[1], Math.min(current, run.size() - 1), Double.NaN,
                        Double.NaN, run.outcome().settings().rate());
                layers.add(ChartOverlay.of(painters.computeIfAbsent(pin.colour(), this::painter), frame));
            }
        }
        return (g2, geometry) -> layers.forEach(layer -> layer.paint(g2, geometry));
    }

    private static double[][] extract(Trajectory run) {
        double[][] xy = new double[2][run.size()];
        for (int k = 0; k < run.size(); k++) {
            xy[0][k] = run.coordinate(k, 0);
            xy[1][k] = run.coordinate(k, 1);
        }
        return xy;
    }

    /** The live path's look in another colour, a little thinner so the live path stays in front. */
    private PathPainter painter(Color colour) {
        return new PathPainter(new PathStyle(colour, live.halo(), live.arrow(), live.arrowOutline(),
                live.tangent(), live.lineWidth() * 0.85f, live.pointRadius() * 0.8, live.minArrow(),
                live.maxArrow()));
    }
}
