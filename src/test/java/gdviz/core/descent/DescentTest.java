package gdviz.core.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.DifferentiableFunction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescentTest {

    private static Trajectory trace(DifferentiableFunction f, DescentSettings settings, double... start) {
        return new Descent(f, new GradientDescent(), settings).trace(start);
    }

    @Test
    void twoXSquaredFromOneStepsToExactlyPointSixThenPointThreeSix() {
        Trajectory t = trace(Fixture.twoXSquared(), new DescentSettings(0.1, 2, 1e-6), 1);

        assertThat(t.size()).isEqualTo(3);
        assertThat(t.coordinate(0, 0)).isEqualTo(1.0);
        assertThat(t.coordinate(1, 0)).isEqualTo(0.6);
        assertThat(t.coordinate(2, 0)).isEqualTo(0.36);
        assertThat(t.partial(0, 0)).isEqualTo(4.0);
        assertThat(t.value(0)).isEqualTo(2.0);
        assertThat(t.outcome().reason()).isEqualTo(StopReason.ITERATION_LIMIT);
        assertThat(t.outcome().iteration()).isEqualTo(2);
    }

    @Test
    void wSquaredFromFiveStepsToFourThenThreePointTwo() {
        Trajectory t = trace(Fixture.square("w"), new DescentSettings(0.1, 2, 1e-6), 5);

        assertThat(t.coordinate(1, 0)).isEqualTo(4.0);
        assertThat(t.coordinate(2, 0)).isEqualTo(3.2);
        assertThat(t.partial(1, 0)).isEqualTo(8.0);
    }

    @Test
    void sumOfSquaresFromFiveMinusFourMovesCloserToTheMinimum() {
        Trajectory t = trace(Fixture.sumOfSquares(), new DescentSettings(0.1, 1, 1e-6), 5, -4);

        assertThat(t.step(0).gradient()).containsExactly(10.0, -8.0);
        assertThat(t.step(1).point()).containsExactly(4.0, -3.2);
        // f = w1² + w2² is the squared distance to the minimum (0, 0): √41, then √26.24.
        assertThat(Math.sqrt(t.value(0))).isCloseTo(Math.sqrt(41), within(Math.ulp(Math.sqrt(41))));
        assertThat(Math.sqrt(t.value(1))).isCloseTo(Math.sqrt(26.24), within(Math.ulp(Math.sqrt(26.24))));
        assertThat(t.stepLength(0)).isZero();
        assertThat(t.stepLength(1)).isCloseTo(Math.sqrt(1 + 0.8 * 0.8), within(1e-15));
        assertThat(t.gradientNorm(0)).isEqualTo(Math.sqrt(164));
    }

    @Test
    void coupledBowlUsesTheGradientTwoXPlusYAndTwoYPlusX() {
        Trajectory t = trace(Fixture.coupledBowl(), new DescentSettings(0.1, 1, 1e-6), 1, 2);

        assertThat(t.step(0).gradient()).containsExactly(4.0, 5.0);
        assertThat(t.step(1).point()[0]).isCloseTo(0.6, within(1e-15));
        assertThat(t.step(1).point()[1]).isCloseTo(1.5, within(1e-15));
    }

    @Test
    void convergesAtTheFirstRowWhoseGradientIsWithinTolerance() {
        Trajectory t = trace(Fixture.square("x"), DescentSettings.withRate(0.1), 1);
        int last = t.size() - 1;

        assertThat(t.outcome().reason()).isEqualTo(StopReason.CONVERGED);
        assertThat(t.outcome().iteration()).isEqualTo(last);
        assertThat(t.gradientNorm(last)).isLessThanOrEqualTo(1e-6);
        assertThat(t.gradientNorm(last - 1)).isGreaterThan(1e-6);
        assertThat(t.outcome().gradientNorm()).isEqualTo(t.gradientNorm(last));
    }

    @Test
    void aStartAtTheMinimumConvergesAtIterationZero() {
        Trajectory t = trace(Fixture.sumOfSquares(), DescentSettings.withRate(0.1), 0, 0);

        assertThat(t.size()).isEqualTo(1);
        assertThat(t.outcome().reason()).isEqualTo(StopReason.CONVERGED);
        assertThat(t.outcome().iteration()).isZero();
    }

    @Test
    void stopsAtTheIterationLimitWithOneRowMoreThanSteps() {
        Trajectory t = trace(Fixture.square("x"), new DescentSettings(0.1, 10, 1e-6), 1);

        assertThat(t.size()).isEqualTo(11);
        assertThat(t.outcome().reason()).isEqualTo(StopReason.ITERATION_LIMIT);
        assertThat(t.outcome().iteration()).isEqualTo(10);
    }

    @Test
    void zeroIterationsOnlyEvaluatesTheStart() {
        Trajectory t = trace(Fixture.square("x"), new DescentSettings(0.1, 0, 1e-6), 1);

        assertThat(t.size()).isEqualTo(1);
        assertThat(t.outcome().reason()).isEqualTo(StopReason.ITERATION_LIMIT);
    }

    @Test
    void aRateTooLargeForXSquaredDivergesPastTheGrowthBound() {
        // x ← x − 1.5·2x = −2x: the distance from the start doubles every step.
        Trajectory t = trace(Fixture.square("x"), DescentSettings.withRate(1.5), 1);
        double bound = Descent.GROWTH_BOUND * (1 + 1);
        int last = t.size() - 1;

        assertThat(t.outcome().reason()).isEqualTo(StopReason.DIVERGED);
        assertThat(Math.abs(t.coordinate(last, 0) - 1)).isGreaterThan(bound);
        assertThat(Math.abs(t.coordinate(last - 1, 0) - 1)).isLessThanOrEqualTo(bound);
    }

    @Test
    void anInfiniteValueDivergesAndItsRowIsKept() {
        Trajectory t = trace(Fixture.square("x"), DescentSettings.withRate(1e300), 1);

        assertThat(t.outcome().reason()).isEqualTo(StopReason.DIVERGED);
        assertThat(t.outcome().iteration()).isEqualTo(1);
        assertThat(t.value(1)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void overshootingIntoNegativeXLeavesTheDomainOfTheLogarithm() {
        // f = x − ln x, from 3 with α = 6: 3 − 6·(2/3) = −1, where ln is NaN.
        Trajectory t = trace(Fixture.xMinusLog(), DescentSettings.withRate(6), 3);

        assertThat(t.outcome().reason()).isEqualTo(StopReason.LEFT_DOMAIN);
        assertThat(t.outcome().iteration()).isEqualTo(1);
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.coordinate(1, 0)).isCloseTo(-1, within(1e-15));
        assertThat(t.value(1)).isNaN();
    }

    @Test
    void overshootingIntoNegativeXLeavesTheDomainOfTheSquareRoot() {
        Trajectory t = trace(Fixture.squareRoot(), DescentSettings.withRate(4), 1);

        assertThat(t.coordinate(1, 0)).isEqualTo(-1.0);
        assertThat(t.partial(1, 0)).isNaN();
        assertThat(t.outcome().reason()).isEqualTo(StopReason.LEFT_DOMAIN);
        assertThat(t.outcome().gradientNorm()).isNaN();
    }

    @Test
    void streamsTheSameRowsItTraces() {
        Descent descent = new Descent(Fixture.coupledBowl(), new GradientDescent(), new DescentSettings(0.2, 50, 1e-9));
        List<double[]> streamed = new ArrayList<>();

        Outcome outcome = descent.run(new double[] {3, -1}, step -> streamed.add(new double[] {
            step.iteration(), step.coordinate(0), step.coordinate(1), step.value(), step.partial(0), step.partial(1),
            step.gradientNorm(), step.stepLength()}));
        Trajectory traced = descent.trace(new double[] {3, -1});

        assertThat(outcome).isEqualTo(traced.outcome());
        assertThat(streamed).hasSize(traced.size());
        for (Step s : traced.steps()) {
            assertThat(streamed.get(s.iteration())).containsExactly(s.iteration(), s.coordinate(0), s.coordinate(1),
                    s.value(), s.partial(0), s.partial(1), s.gradientNorm(), s.stepLength());
        }
    }

    @Test
    void aFailingListenerStopsTheRunAndItsExceptionPassesThrough() {
        Descent descent = new Descent(Fixture.square("x"), new GradientDescent(), DescentSettings.withRate(0.1));
        List<Integer> seen = new ArrayList<>();

        assertThatThrownBy(() -> descent.run(new double[] {1}, step -> {
            seen.add(step.iteration());
            if (step.iteration() == 3) {
                throw new IOException("disk full");
            }
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(seen).containsExactly(0, 1, 2, 3);
    }

    @Test
    void rejectsAStartOfTheWrongLength() {
        Descent descent = new Descent(Fixture.coupledBowl(), new GradientDescent(), DescentSettings.withRate(0.1));

        assertThatThrownBy(() -> descent.trace(new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the start has 1 coordinates but the function has 2 variables [x, y]");
    }

    @Test
    void rejectsANonFiniteStart() {
        Descent descent = new Descent(Fixture.square("x"), new GradientDescent(), DescentSettings.withRate(0.1));

        assertThatThrownBy(() -> descent.trace(new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void doesNotModifyTheStartArray() {
        double[] start = {5, -4};
        trace(Fixture.sumOfSquares(), new DescentSettings(0.1, 3, 1e-6), start);

        assertThat(start).containsExactly(5, -4);
    }
}
