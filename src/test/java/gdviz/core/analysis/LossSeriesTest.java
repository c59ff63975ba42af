package gdviz.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Trajectory;
import gdviz.core.presets.KnownMinimum;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LossSeriesTest {

    private static Trajectory run(String function, double rate, int steps, double... start) {
        DifferentiableFunction f = Functions.parse(function);
        return new Descent(f, new GradientDescent(), new DescentSettings(rate, steps, 1e-6)).trace(start);
    }

    @Test
    void withAKnownMinimumTheSeriesIsTheGapToIt() {
        // w² from 5 at rate 0.1: w = 5, 4, 3.2, so f − 0 = 25, 16, 10.24.
        Trajectory t = run("w^2", 0.1, 2, 5);

        LossSeries series = LossSeries.of(t, List.of(new KnownMinimum(List.of(0.0), 0, true)));

        assertThat(series.kind()).isEqualTo(LossSeries.Kind.GAP_TO_MINIMUM);
        assertThat(series.kind().label()).isEqualTo("f \u2212 f_min");
        assertThat(series.values()).containsExactly(25, 16, 10.240000000000002);
    }

    @Test
    void theLowestKnownMinimumIsTheReference() {
        Trajectory t = run("(x^2 - 1)^2 + 0.3*x + y^2", 0.05, 3, 1.8, 1);
        List<KnownMinimum> minima = List.of(new KnownMinimum(List.of(0.96, 0.0), 0.294, false),
                new KnownMinimum(List.of(-1.04, 0.0), -0.305, true));

        LossSeries series = LossSeries.of(t, minima);

        assertThat(series.reference()).isEqualTo(-0.305);
        assertThat(series.value(0)).isEqualTo(t.value(0) + 0.305);
    }

    @Test
    void withoutKnownMinimaTheSeriesIsTheGradientNorm() {
        Trajectory t = run("x^2 + x*y + y^2", 0.1, 5, 4, -3);

        LossSeries series = LossSeries.of(t, List.of());

        assertThat(series.kind()).isEqualTo(LossSeries.Kind.GRADIENT_NORM);
        assertThat(series.reference()).isNaN();
        assertThat(series.size()).isEqualTo(6);
        for (int k = 0; k < series.size(); k++) {
            assertThat(series.value(k)).isEqualTo(t.gradientNorm(k));
        }
    }

    @Test
    void aGapThatReachesZeroIsDrawnATenthBelowTheSmallestPositiveValue() {
        // 2x² from 1 at rate 0.25 lands on the minimum in one step: f = 2, then 0.
        Trajectory t = run("2*x^2", 0.25, 5, 1);

        LossSeries series = LossSeries.gapTo(t, 0);

        assertThat(series.floor()).isEqualTo(0.2);
        assertThat(series.values()).containsExactly(2, 0.2);
    }

    @Test
    void aStartAtTheMinimumHasOnlyTheFixedFloor() {
        LossSeries series = LossSeries.gradientNorms(run("x^2", 0.1, 5, 0));

        assertThat(series.values()).containsExactly(LossSeries.FLOOR_WITHOUT_POSITIVE_VALUES);
    }

    @Test
    void valuesBelowTheMinimumByRoundingAreFloored() {
        // f_min given slightly too high: the gap at the minimum comes out negative.
        LossSeries series = LossSeries.gapTo(run("x^2 + 1", 0.5, 3, 2), 1 + 1e-15);

        assertThat(Arrays.stream(series.values()).allMatch(v -> v > 0)).isTrue();
        assertThat(series.value(series.size() - 1)).isEqualTo(series.floor());
    }

    @Test
    void divergedValuesStayForTheChartToSkip() {
        Trajectory t = run("x^2", 5, 1000, 1);

        LossSeries series = LossSeries.gradientNorms(t);

        assertThat(series.value(series.size() - 1)).isEqualTo(t.gradientNorm(t.size() - 1));
        assertThat(Arrays.stream(series.values()).allMatch(v -> v > 0 || Double.isNaN(v))).isTrue();
    }
}
