package gdviz.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StabilityAnalysisTest {

    private static StabilityAnalysis analyse(String function, double... point) {
        return StabilityAnalysis.at(Functions.parse(function), point);
    }

    @Test
    void theCoupledBowlHasEigenvaluesOneAndThreeSoLimitTwoThirdsBestOneHalfOscillationOneThird() {
        StabilityAnalysis a = analyse("x^2 + x*y + y^2", 1, 1);

        assertThat(a.value()).isEqualTo(3.0);
        assertThat(a.gradient()).containsExactly(3.0, 3.0);
        assertThat(a.hessian()).isDeepEqualTo(new double[][] {{2, 1}, {1, 2}});
        assertThat(a.eigenvalues()).containsExactly(1.0, 3.0);
        assertThat(a.maxStableRate().value()).isEqualTo(2.0 / 3);
        assertThat(a.optimalRate().value()).isEqualTo(0.5);
        assertThat(a.oscillationRate().value()).isEqualTo(1.0 / 3);
    }

    @Test
    void twoXSquaredCurvesByFourSoTheLimitIsOneHalf() {
        StabilityAnalysis a = analyse("2*x^2", 1);

        assertThat(a.eigenvalues()).containsExactly(4.0);
        assertThat(a.maxStableRate().value()).isEqualTo(0.5);
        assertThat(a.oscillationRate().value()).isEqualTo(0.25);
        // One variable: 2/(λ + λ) = 1/λ, the rate that lands on the minimum in one step.
        assertThat(a.optimalRate().value()).isEqualTo(0.25);
    }

    @Test
    void aRandomPositiveDefiniteQuadraticHasItsMatrixsEigenvaluesEverywhere() {
        Random random = new Random(42);
        double[] expected = {0.5, 1.7, 4.25};
        double[] matrix = Functions.matrixWithEigenvalues(expected, random);
        String text = Functions.halfQuadraticForm(matrix, 3);

        for (double[] point : new double[][] {{0, 0, 0}, {1, -2, 3}, {-7.5, 0.25, 11}}) {
            StabilityAnalysis a = analyse(text, point);

            double[] eigenvalues = a.eigenvalues();
            for (int i = 0; i < 3; i++) {
                assertThat(eigenvalues[i]).as("eigenvalue %d at %s", i, Arrays.toString(point))
                        .isCloseTo(expected[i], within(1e-12));
            }
            assertThat(a.maxStableRate().value()).isCloseTo(2 / 4.25, within(1e-12));
            assertThat(a.optimalRate().value()).isCloseTo(2 / (0.5 + 4.25), within(1e-12));
            assertThat(a.oscillationRate().value()).isCloseTo(1 / 4.25, within(1e-12));
        }
    }

    @Test
    void aSaddleHasALimitAlongItsUpwardDirectionButNoBestRate() {
        StabilityAnalysis a = analyse("x^2 - y^2", 0.5, 0.5);

        assertThat(a.eigenvalues()).containsExactly(-2.0, 2.0);
        assertThat(a.curvesUpEverywhere()).isFalse();
        assertThat(a.maxStableRate().value()).isEqualTo(1.0);
        assertThat(a.oscillationRate().value()).isEqualTo(0.5);
        assertThat(a.optimalRate().isPresent()).isFalse();
        assertThat(a.optimalRate().reason()).isEqualTo("the smallest eigenvalue is not positive");
        assertThat(a.optimalRate().value()).isNaN();
    }

    @Test
    void aCapCurvingDownEverywhereHasNoRatesAtAll() {
        StabilityAnalysis a = analyse("-x^2 - 3*y^2", 1, 1);

        assertThat(a.eigenvalues()).containsExactly(-6.0, -2.0);
        for (CriticalRate rate : new CriticalRate[] {a.maxStableRate(), a.optimalRate(), a.oscillationRate()}) {
            assertThat(rate.asOptional()).isEmpty();
            assertThat(rate.reason()).isEqualTo("the Hessian has no positive eigenvalue");
        }
    }

    @Test
    void aFlatMinimumLikeXToTheFourthHasNoPositiveEigenvalue() {
        StabilityAnalysis a = analyse("x^4", 0);

        assertThat(a.eigenvalues()).containsExactly(0.0);
        assertThat(a.maxStableRate().reason()).isEqualTo("the Hessian has no positive eigenvalue");
    }

    @Test
    void outsideTheDomainTheHessianIsNotFinite() {
        StabilityAnalysis a = analyse("sqrt(x) + y^2", -1, 0);

        assertThat(a.value()).isNaN();
        assertThat(a.eigenvalues()).containsOnly(Double.NaN);
        assertThat(a.maxStableRate().reason()).isEqualTo("the Hessian is not finite here");
        assertThat(a.optimalRate().reason()).isEqualTo("the Hessian is not finite here");
    }

    @Test
    void theResultCannotBeChangedThroughWhatItHandsOut() {
        double[] point = {1, 1};
        StabilityAnalysis a = StabilityAnalysis.at(Functions.parse("x^2 + x*y + y^2"), point);
        point[0] = 99;
        a.point()[1] = 99;
        a.gradient()[0] = 99;
        a.hessian()[0][0] = 99;
        a.eigenvalues()[0] = 99;

        assertThat(a.point()).containsExactly(1.0, 1.0);
        assertThat(a.gradient()).containsExactly(3.0, 3.0);
        assertThat(a.hessian()[0][0]).isEqualTo(2.0);
        assertThat(a.eigenvalues()).containsExactly(1.0, 3.0);
    }

    @Test
    void refusesAPointThatDoesNotFitTheFunction() {
        assertThatThrownBy(() -> analyse("x^2 + y^2", 1))
                .hasMessage("the point has 1 coordinates but the function has 2 variables [x, y]");
        assertThatThrownBy(() -> analyse("x^2", Double.NaN)).hasMessage("the point must be finite, got [NaN]");
    }

    @Test
    void aCriticalRateHasAValueOrAReasonNeverBoth() {
        assertThatThrownBy(() -> new CriticalRate(0.5, "because")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriticalRate(Double.NaN, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriticalRate(-1, "")).hasMessage("a critical rate must be positive, got -1.0");
    }
}
