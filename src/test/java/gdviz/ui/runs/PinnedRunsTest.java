package gdviz.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Optimizer;
import gdviz.core.descent.RunRecipe;
import gdviz.core.descent.Trajectory;
import gdviz.core.expr.FunctionParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pinning, colouring and removing runs, without the toolkit. */
class PinnedRunsTest {

    private final PinnedRuns runs = new PinnedRuns();

    /** How {@link #bowlRun()} is made. */
    private static final RunRecipe BOWL = new RunRecipe(Optimizer.GD, Map.of(), DescentSettings.withRate(0.1),
            List.of(4.0, -3.0));

    private static Trajectory bowlRun() throws Exception {
        var f = FunctionParser.parse("x^2 + x*y + y^2", List.of("x", "y")).compile();
        return new Descent(f, new GradientDescent(), DescentSettings.withRate(0.1)).trace(new double[] {4, -3});
    }

    @Test
    void eachPinGetsAColourNoOtherPinHasUntilThePaletteIsUsedUp() throws Exception {
        Trajectory run = bowlRun();
        for (int i = 0; i < PinnedRuns.PALETTE.size(); i++) {
            assertThat(runs.hasRoom()).isTrue();
            runs.pin(run, "run " + i, BOWL);
        }
        assertThat(runs.pins()).extracting(PinnedRun::colour).doesNotHaveDuplicates()
                .doesNotContain(gdviz.chart.PathStyle.standard().path());
        assertThat(runs.hasRoom()).isFalse();
        assertThat(runs.pin(run, "one too many", BOWL)).isNull();
        PinnedRun second = runs.pins().get(1);
        runs.remove(second);
        assertThat(runs.pin(run, "again", BOWL).colour()).isEqualTo(second.colour());
        runs.clear();
        assertThat(runs.pins()).isEmpty();
    }

    @Test
    void hidingAPinIsReportedAsAChangeOfTheList() throws Exception {
        PinnedRun pin = runs.pin(bowlRun(), "plain", BOWL);
        int[] changes = new int[1];
        runs.pins().addListener((javafx.collections.ListChangeListener<PinnedRun>) change -> changes[0]++);
        pin.visibleProperty().set(false);
        assertThat(changes[0]).isEqualTo(1);
    }

    @Test
    void aLessonHoldsNoMorePinsThanThereAreColoursNorMoreIterationsThanTheWindowRuns() {
        assertThat(gdviz.io.lesson.Lesson.MAX_PINS).isEqualTo(PinnedRuns.PALETTE.size());
        assertThat(gdviz.io.lesson.Lesson.MAX_ITERATIONS)
                .isEqualTo(gdviz.ui.descent.DescentModel.MAX_ITERATION_LIMIT);
    }
}
