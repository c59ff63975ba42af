package gdviz.core.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class DescentProperties {

    /** f(w) = ½ (w − c)ᵀ A (w − c) with A symmetric positive definite, eigenvalues λ1, λ2, rotated by θ. */
    record Bowl(double lambda1, double lambda2, double theta, double cx, double cy) {
        double largestEigenvalue() {
            return Math.max(lambda1, lambda2);
        }

        Fixture function() {
            double cos = Math.cos(theta);
            double sin = Math.sin(theta);
            double a11 = lambda1 * cos * cos + lambda2 * sin * sin;
            double a22 = lambda1 * sin * sin + lambda2 * cos * cos;
            double a12 = (lambda1 - lambda2) * sin * cos;
            return new Fixture(List.of("x", "y"), w -> {
                double dx = w[0] - cx;
                double dy = w[1] - cy;
                return 0.5 * (a11 * dx * dx + 2 * a12 * dx * dy + a22 * dy * dy);
            }, (w, g) -> {
                double dx = w[0] - cx;
                double dy = w[1] - cy;
                g[0] = a11 * dx + a12 * dy;
                g[1] = a12 * dx + a22 * dy;
            });
        }
    }

    @Provide
    Arbitrary<Bowl> bowls() {
        Arbitrary<Double> eigenvalue = Arbitraries.doubles().between(0.1, 10);
        Arbitrary<Double> centre = Arbitraries.doubles().between(-5, 5);
        return Combinators.combine(eigenvalue, eigenvalue, Arbitraries.doubles().between(0, 3.14).ofScale(4), centre, centre)
                .as(Bowl::new);
    }

    private static Trajectory descend(Bowl bowl, double rateFraction, double x0, double y0) {
        double rate = rateFraction / bowl.largestEigenvalue();
        return new Descent(bowl.function(), new GradientDescent(), new DescentSettings(rate, 2000, 1e-6))
                .trace(new double[] {x0, y0});
    }

    @Property(tries = 200)
    void everyStepOnAConvexQuadraticWithASmallRateLowersF(@ForAll("bowls") Bowl bowl,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double rateFraction,
            @ForAll @DoubleRange(min = -10, max = 10) double x0, @ForAll @DoubleRange(min = -10, max = 10) double y0) {
        Trajectory t = descend(bowl, rateFraction, x0, y0);

        for (int k = 1; k < t.size(); k++) {
            assertThat(t.value(k)).as("f at iteration %d", k).isLessThan(t.value(k - 1));
        }
        assertThat(t.outcome().reason()).isIn(StopReason.CONVERGED, StopReason.ITERATION_LIMIT);
    }

    @Property(tries = 200)
    void eachPlainStepIsTheRateTimesTheGradientNorm(@ForAll("bowls") Bowl bowl,
            @ForAll @DoubleRange(min = 0.01, max = 1.9) double rateFraction,
            @ForAll @DoubleRange(min = -10, max = 10) double x0, @ForAll @DoubleRange(min = -10, max = 10) double y0) {
        Trajectory t = descend(bowl, rateFraction, x0, y0);
        double rate = rateFraction / bowl.largestEigenvalue();

        assertThat(t.stepLength(0)).isZero();
        for (int k = 1; k < t.size(); k++) {
            double expected = rate * t.gradientNorm(k - 1);
            // w − (w − αg) loses the low bits of w, so allow a few ulps of the coordinates.
            double slack = 1e-12 * expected + 4 * Math.ulp(Math.abs(t.coordinate(k - 1, 0)) + Math.abs(t.coordinate(k - 1, 1)));
            assertThat(t.stepLength(k)).as("step length at iteration %d", k).isCloseTo(expected, within(slack));
        }
    }

    @Property(tries = 100)
    void aRunHasOneRowPerIterationUpToTheStop(@ForAll("bowls") Bowl bowl,
            @ForAll @DoubleRange(min = 0.01, max = 3) double rateFraction, @ForAll @IntRange(min = 0, max = 300) int limit) {
        double rate = rateFraction / bowl.largestEigenvalue();
        Trajectory t = new Descent(bowl.function(), new GradientDescent(), new DescentSettings(rate, limit, 1e-6))
                .trace(new double[] {7, -3});

        assertThat(t.size()).isEqualTo(t.outcome().iteration() + 1).isLessThanOrEqualTo(limit + 1);
        for (int k = 0; k < t.size(); k++) {
            assertThat(t.step(k).iteration()).isEqualTo(k);
        }
    }
}
