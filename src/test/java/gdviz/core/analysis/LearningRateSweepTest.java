package gdviz.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Adam;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.StopReason;
import gdviz.core.descent.Trajectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LearningRateSweepTest {

    private static final DifferentiableFunction BOWL = Functions.parse("x^2 + x*y + y^2");
    private static final double[] START = {4, -3};

    private static SweepResult sweepBowl() {
        return new LearningRateSweep(BOWL, new GradientDescent(), START, SweepSettings.defaults()).run();
    }

    @Test
    void theDefaultRatesAreSixtyLogSpacedFromATenThousandthToTen() {
        double[] rates = SweepSettings.defaults().rates();

        assertThat(rates).hasSize(60);
        assertThat(rates[0]).isEqualTo(1e-4);
        assertThat(rates[59]).isEqualTo(10.0);
        double ratio = Math.pow(1e5, 1.0 / 59);
        for (int k = 1; k < rates.length; k++) {
            assertThat(rates[k] / rates[k - 1]).isCloseTo(ratio, within(1e-12));
        }
    }

    @Test
    void centredRatesSpanAHundredfoldEitherSideSymmetricallyOnALogAxis() {
        SweepSettings settings = SweepSettings.centredOn(2.0 / 3);
        double[] rates = settings.rates();

        assertThat(settings.lowestRate()).isEqualTo(2.0 / 3 / 100);
        assertThat(settings.highestRate()).isEqualTo(2.0 / 3 * 100);
        for (int k = 0; k < rates.length; k++) {
            assertThat(rates[k] * rates[rates.length - 1 - k]).isCloseTo(4.0 / 9, within(1e-12));
        }
    }

    @Test
    void aSweepAroundAStabilityLimitIsCentredOnItAndWithoutOneUsesTheDefaults() {
        CriticalRate limit = RateMarks.atStart(BOWL, START).analysis().maxStableRate();
        CriticalRate none = RateMarks.atStart(Functions.parse("-x^2"), new double[] {1}).analysis().maxStableRate();

        assertThat(SweepSettings.around(limit)).isEqualTo(SweepSettings.centredOn(2.0 / 3));
        assertThat(SweepSettings.around(none)).isEqualTo(SweepSettings.defaults());
    }

    @Test
    void onTheBowlRatesBelowTwoThirdsNeverDivergeAndRatesWellAboveAlwaysDo() {
        SweepResult result = sweepBowl();

        assertThat(result.points()).hasSize(60);
        for (SweepPoint point : result.points()) {
            if (point.rate() < 2.0 / 3) {
                assertThat(point.reason()).as("rate %s", point.rate()).isIn(StopReason.CONVERGED,
                        StopReason.ITERATION_LIMIT);
            } else if (point.rate() > 0.75) {
                assertThat(point.reason()).as("rate %s", point.rate()).isEqualTo(StopReason.DIVERGED);
            }
        }
        assertThat(result.points().get(0).reason()).isEqualTo(StopReason.ITERATION_LIMIT);
    }

    @Test
    void theFastestRateIsNearTheBestRateOneHalfAndTheLimitIsAttached() {
        SweepResult result = sweepBowl();

        // Neighbouring rates differ by a factor 10^(5/59) ≈ 1.22, so the fastest lies within one step of 0.5.
        assertThat(result.fastest()).hasValueSatisfying(p -> assertThat(p.rate()).isBetween(0.5 / 1.23, 0.5 * 1.23));
        assertThat(result.marks().place()).isEqualTo(RateMarks.Place.RUN_END);
        assertThat(result.limit().value()).isEqualTo(2.0 / 3);
    }

    @Test
    void eachPointIsWhatASingleRunAtThatRateGives() {
        SweepSettings settings = new SweepSettings(0.01, 1, 7, 500, 1e-6);
        SweepResult result = new LearningRateSweep(BOWL, new Adam(), START, settings).run();

        for (SweepPoint point : result.points()) {
            Trajectory single = new Descent(BOWL, new Adam(), new DescentSettings(point.rate(), 500, 1e-6))
                    .trace(START);
            assertThat(point.reason()).isEqualTo(single.outcome().reason());
            assertThat(point.iterations()).isEqualTo(single.outcome().iteration());
            assertThat(point.finalValue()).isEqualTo(single.last().value());
        }
    }

    @Test
    void withoutAConvergedRunTheMarksAreReadAtTheStart() {
        SweepSettings settings = new SweepSettings(1, 10, 3, 1000, 1e-6);
        SweepResult result = new LearningRateSweep(BOWL, new GradientDescent(), START, settings).run();

        assertThat(result.fastest()).isEmpty();
        assertThat(result.marks().place()).isEqualTo(RateMarks.Place.START);
        assertThat(result.marks().analysis().point()).containsExactly(START);
    }

    @Test
    void progressCountsEveryRateOnceInOrder() {
        List<Long> reports = new ArrayList<>();
        new LearningRateSweep(BOWL, new GradientDescent(), START, SweepSettings.defaults())
                .run(() -> false, (done, total) -> {
                    assertThat(total).isEqualTo(60);
                    reports.add(done);
                });

        assertThat(reports).hasSize(60);
        for (int k = 0; k < 60; k++) {
            assertThat(reports.get(k)).isEqualTo(k + 1L);
        }
    }

    @Test
    void cancellingStopsTheSweepBeforeEveryRateIsRun() {
        AtomicBoolean cancelled = new AtomicBoolean();
        List<Long> reports = new ArrayList<>();
        LearningRateSweep sweep = new LearningRateSweep(BOWL, new GradientDescent(), START, SweepSettings.defaults());

        assertThatThrownBy(() -> sweep.run(cancelled::get, (done, total) -> {
            reports.add(done);
            if (done == 3) {
                cancelled.set(true);
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(reports.size()).isLessThan(60);
    }

    @Test
    @Timeout(20)
    void cancellingInterruptsALongRunWithinIt() throws InterruptedException {
        // Rates too small to ever converge and a limit of two billion steps: only a check inside the run ends it.
        SweepSettings endless = new SweepSettings(1e-12, 2e-12, 2, Integer.MAX_VALUE, 0);
        LearningRateSweep sweep = new LearningRateSweep(BOWL, new GradientDescent(), START, endless);
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread canceller = new Thread(() -> {
            sleep(Duration.ofMillis(300));
            cancelled.set(true);
        });
        canceller.start();
        long began = System.nanoTime();

        assertThatThrownBy(() -> sweep.run(cancelled::get, Progress.NONE)).isInstanceOf(CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
        canceller.join();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theStartIsCopiedAndCheckedUpFront() {
        double[] start = {4, -3};
        LearningRateSweep sweep = new LearningRateSweep(BOWL, new GradientDescent(), start,
                new SweepSettings(0.1, 0.2, 2, 1000, 1e-6));
        start[0] = Double.NaN;

        assertThat(sweep.run().points()).allSatisfy(p -> assertThat(p.converged()).isTrue());
        assertThatThrownBy(() -> new LearningRateSweep(BOWL, new GradientDescent(), new double[] {1},
                SweepSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the start has 1 coordinates but the function has 2 variables [x, y]");
    }

    @Test
    void settingsOutOfRangeAreRefusedByName() {
        assertThatThrownBy(() -> new SweepSettings(0, 1, 60, 10, 0))
                .hasMessage("the lowest rate must be a positive finite number, got 0.0");
        assertThatThrownBy(() -> new SweepSettings(1, 1, 60, 10, 0))
                .hasMessage("the highest rate must be finite and above the lowest rate 1.0, got 1.0");
        assertThatThrownBy(() -> new SweepSettings(1, 2, 1, 10, 0)).hasMessage("a sweep needs at least 2 rates, got 1");
        assertThatThrownBy(() -> new SweepSettings(1, 2, 5, -1, 0))
                .hasMessage("the iteration limit must be 0 or more, got -1");
    }

    @Test
    void theResultsListCannotBeChanged() {
        SweepResult result = new LearningRateSweep(BOWL, new GradientDescent(), START,
                new SweepSettings(0.1, 0.2, 2, 100, 1e-6)).run();

        assertThatThrownBy(() -> result.points().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
