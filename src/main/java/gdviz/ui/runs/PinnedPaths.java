package gdviz.ui.runs;

import gdviz.chart.ChartLook;
import gdviz.chart.ChartOverlay;
import gdviz.chart.PathFrame;
import gdviz.chart.PathPainter;
import gdviz.chart.PathStyle;
import gdviz.chart.surface.SurfaceRun;
import gdviz.core.descent.Trajectory;
import gdviz.ui.playback.PlaybackModel;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The visible pinned runs of two variables as one overlay for the map and as runs for the 3-D surface. Each is
 * revealed up to the shown step (or its own last step, if it ended sooner) so that all runs animate together,
 * and whole once the live run is shown to its end. Pins get no −∇f arrow: that belongs to the live run.
 */
public final class PinnedPaths {

    private final PinnedRuns runs;
    private final PlaybackModel playback;
    private final Map<Color, PathPainter> painters = new HashMap<>();
    private final Map<Trajectory, double[][]> coordinates = new HashMap<>();
    private PathStyle live = PathStyle.standard();

    /**
     * @param runs     the pins to draw
     * @param playback the live run's playback, whose step the pins follow
     */
    public PinnedPaths(PinnedRuns runs, PlaybackModel playback) {
        this.runs = runs;
        this.playback = playback;
    }

    /** Draws the pins in the size of {@code look}'s path from now on. */
    public void setLook(ChartLook look) {
        live = look.pathStyle();
        painters.clear();
    }

    /**
     * The overlay of every visible two-variable pin at step {@code current}, 0 or more; {@link ChartOverlay#NONE}
     * when no pin is shown, so the map need not repaint the area under it.
     */
    public ChartOverlay at(int current) {
        coordinates.keySet().removeIf(run -> runs.pins().stream().noneMatch(p -> p.run() == run));
        List<ChartOverlay> layers = new ArrayList<>();
        for (PinnedRun pin : shown()) {
            Trajectory run = pin.run();
            double[][] xy = coordinates.computeIfAbsent(run, PinnedPaths::extract);
            PathFrame frame = new PathFrame(xy[0], xy[1], revealed(current, run), Double.NaN,
                    Double.NaN, run.outcome().settings().rate());
            layers.add(ChartOverlay.of(painters.computeIfAbsent(pin.colour(), this::painter), frame));
        }
        return layers.isEmpty() ? ChartOverlay.NONE : (g2, geometry) -> layers.forEach(layer -> layer.paint(g2,
                geometry));
    }

    /** The visible two-variable pins for the 3-D surface at step {@code current}, 0 or more, oldest first. */
    public List<SurfaceRun> onSurface(int current) {
        return shown().stream()
                .map(pin -> new SurfaceRun(pin.run(), revealed(current, pin.run()), pin.colour()))
                .toList();
    }

    /**
     * The last step of {@code run} shown at the live run's step {@code current}: the same step while the live run
     * is under way, and the whole run once the live run is shown to its end, so that a pin longer than the live
     * run is not cut short.
     */
    private int revealed(int current, Trajectory run) {
        int last = run.size() - 1;
        return current >= playback.lastProperty().get() ? last : Math.min(current, last);
    }

    /** The pins drawn: visible, of two variables. */
    private List<PinnedRun> shown() {
        return runs.pins().stream().filter(pin -> pin.visibleProperty().get() && pin.run().dimension() == 2)
                .toList();
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
