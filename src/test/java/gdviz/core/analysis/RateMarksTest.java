package gdviz.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.StopReason;
import gdviz.core.descent.Trajectory;
import org.junit.jupiter.api.Test;

class RateMarksTest {

    private static final DifferentiableFunction BOWL = Functions.parse("x^2 + x*y + y^2");

    private static Trajectory run(DifferentiableFunction f, double rate, double... start) {
        return new Descent(f, new GradientDescent(), DescentSettings.withRate(rate)).trace(start);
    }

    @Test
    void aConvergedRunReadsTheMarksAtTheMinimumItReached() {
        Trajectory t = run(BOWL, 0.1, 4, -3);
        RateMarks marks = RateMarks.approachedBy(BOWL, t);

        assertThat(t.outcome().reason()).isEqualTo(StopReason.CONVERGED);
        assertThat(marks.place()).isEqualTo(RateMarks.Place.RUN_END);
        assertThat(marks.analysis().point()).containsExactly(t.last().point());
        assertThat(marks.words())
                .isEqualTo("steps start to oscillate above 0.333 and diverge above 0.667 near this minimum");
    }

    @Test
    void aDivergedRunFallsBackToTheStart() {
        Trajectory t = run(BOWL, 0.9, 4, -3);
        RateMarks marks = RateMarks.approachedBy(BOWL, t);

        assertThat(t.outcome().reason()).isEqualTo(StopReason.DIVERGED);
        assertThat(marks.place()).isEqualTo(RateMarks.Place.START);
        assertThat(marks.analysis().point()).containsExactly(4.0, -3.0);
        assertThat(marks.words())
                .isEqualTo("steps start to oscillate above 0.333 and diverge above 0.667 near the start");
    }

    @Test
    void theTwoWellsGiveEachMinimumItsOwnMarks() {
        DifferentiableFunction wells = Functions.parse("(x^2 - 1)^2 + 0.3*x + y^2");

        RateMarks right = RateMarks.approachedBy(wells, run(wells, 0.05, 1.8, 1));
        RateMarks left = RateMarks.approachedBy(wells, run(wells, 0.05, -1.8, 1));

        // At the right minimum x ≈ 0.960: f_xx = 12x² − 4 ≈ 7.06, f_yy = 2, so the limit is 2/7.06 ≈ 0.283;
        // at the left one x ≈ −1.036: f_xx ≈ 8.869, limit ≈ 0.22550.
        assertThat(right.words()).endsWith("diverge above 0.283 near this minimum");
        assertThat(left.words()).endsWith("diverge above 0.226 near this minimum");
    }

    @Test
    void aRunThatStopsAtASaddleDoesNotCallItAMinimum() {
        DifferentiableFunction saddle = Functions.parse("x^2 - y^2");
        Trajectory t = run(saddle, 0.1, 1.5, 0);

        RateMarks marks = RateMarks.approachedBy(saddle, t);

        assertThat(marks.place()).isEqualTo(RateMarks.Place.RUN_END);
        assertThat(marks.words())
                .isEqualTo("steps start to oscillate above 0.5 and diverge above 1 near where the run stopped");
    }

    @Test
    void withoutAnUpwardDirectionThereAreNoMarksAndTheWordsSayWhy() {
        DifferentiableFunction cap = Functions.parse("-x^2 - y^2");

        assertThat(RateMarks.atStart(cap, new double[] {1, 2}).words())
                .isEqualTo("no rate marks near the start: the Hessian has no positive eigenvalue");
    }

    @Test
    void numbersInTheWordsHaveThreeSignificantDigits() {
        assertThat(SignificantDigits.three(2.0 / 3)).isEqualTo("0.667");
        assertThat(SignificantDigits.three(0.5)).isEqualTo("0.5");
        assertThat(SignificantDigits.three(100)).isEqualTo("100");
        assertThat(SignificantDigits.three(0.0015)).isEqualTo("0.0015");
        assertThat(SignificantDigits.three(123456)).isEqualTo("1.23e5");
        assertThat(SignificantDigits.three(0.000123456)).isEqualTo("1.23e-4");
        assertThat(SignificantDigits.three(999.7)).isEqualTo("1e3");
        assertThat(SignificantDigits.three(0)).isEqualTo("0");
    }
}
