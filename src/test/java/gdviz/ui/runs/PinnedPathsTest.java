package gdviz.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.chart.surface.SurfaceRun;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Optimizer;
import gdviz.core.descent.RunRecipe;
import gdviz.core.descent.Trajectory;
import gdviz.core.expr.FunctionParser;
import gdviz.ui.playback.PlaybackModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which steps of the pinned runs show while the live run plays, without the toolkit. */
class PinnedPathsTest {

    private final PinnedRuns runs = new PinnedRuns();
    private final PlaybackModel playback = new PlaybackModel();
    private final PinnedPaths paths = new PinnedPaths(runs, playback);

    private static RunRecipe recipe(double rate) {
        return new RunRecipe(Optimizer.GD, Map.of(), DescentSettings.withRate(rate), List.of(4.0, -3.0));
    }

    private static Trajectory bowlRun(double rate) throws Exception {
        var f = FunctionParser.parse("x^2 + x*y + y^2", List.of("x", "y")).compile();
        return new Descent(f, new GradientDescent(), DescentSettings.withRate(rate)).trace(new double[] {4, -3});
    }

    @Test
    void pinsAdvanceWithTheLiveRunAndShowWholeAtItsEnd() throws Exception {
        Trajectory slow = bowlRun(0.1);
        Trajectory fast = bowlRun(0.5);
        assertThat(slow.size()).isGreaterThan(fast.size());
        runs.pin(slow, "slow", recipe(0.1));
        playback.show(fast.size());

        assertThat(paths.onSurface(3)).extracting(SurfaceRun::current).containsExactly(3);
        // The live run is shown to its end: the longer pin is not cut at the live run's last step.
        assertThat(paths.onSurface(fast.size() - 1)).extracting(SurfaceRun::current)
                .containsExactly(slow.size() - 1);
    }

    @Test
    void aShorterPinStopsAtItsOwnEndAndAHiddenOneIsLeftOut() throws Exception {
        Trajectory slow = bowlRun(0.1);
        Trajectory fast = bowlRun(0.5);
        PinnedRun pin = runs.pin(fast, "fast", recipe(0.5));
        playback.show(slow.size());

        assertThat(paths.onSurface(fast.size() + 5)).extracting(SurfaceRun::current)
                .containsExactly(fast.size() - 1);
        pin.visibleProperty().set(false);
        assertThat(paths.onSurface(2)).isEmpty();
    }
}
