package gdviz.core.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.DifferentiableFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first steps of every optimiser against numbers worked by hand from PyTorch's documented update rules, on
 * f = w² (gradient 2w) from w = 5 and on f = x² + xy + y² (gradient (2x + y, 2y + x)) from (1, 2).
 */
class UpdateRuleStepsTest {

    private static final double CLOSE = 1e-12;

    private static Trajectory steps(UpdateRule rule, DifferentiableFunction f, double rate, int count,
            double... start) {
        return new Descent(f, rule, new DescentSettings(rate, count, 0)).trace(start);
    }

    private static void assertPoint(Trajectory t, int iteration, double... expected) {
        for (int i = 0; i < expected.length; i++) {
            assertThat(t.coordinate(iteration, i)).as("coordinate %d of step %d", i, iteration)
                    .isCloseTo(expected[i], within(CLOSE));
        }
    }

    @Nested
    class MomentumSteps {

        @Test
        void onWSquaredTheVelocityAddsUpTheGradients() {
            // μ = 0.9, α = 0.1. b1 = g1 = 10, w1 = 5 − 0.1·10 = 4.
            // g2 = 8, b2 = 0.9·10 + 8 = 17, w2 = 4 − 1.7 = 2.3.
            // g3 = 4.6, b3 = 0.9·17 + 4.6 = 19.9, w3 = 2.3 − 1.99 = 0.31.
            Trajectory t = steps(new Momentum(), Fixture.square("w"), 0.1, 3, 5);

            assertPoint(t, 1, 4);
            assertPoint(t, 2, 2.3);
            assertPoint(t, 3, 0.31);
        }

        @Test
        void onTheCoupledBowlEachCoordinateKeepsItsOwnVelocity() {
            // b1 = g1 = (4, 5), w1 = (1 − 0.4, 2 − 0.5) = (0.6, 1.5).
            // g2 = (1.2 + 1.5, 3 + 0.6) = (2.7, 3.6), b2 = (3.6 + 2.7, 4.5 + 3.6) = (6.3, 8.1),
            //   w2 = (0.6 − 0.63, 1.5 − 0.81) = (−0.03, 0.69).
            // g3 = (−0.06 + 0.69, 1.38 − 0.03) = (0.63, 1.35), b3 = (5.67 + 0.63, 7.29 + 1.35) = (6.3, 8.64),
            //   w3 = (−0.03 − 0.63, 0.69 − 0.864) = (−0.66, −0.174).
            Trajectory t = steps(new Momentum(), Fixture.coupledBowl(), 0.1, 3, 1, 2);

            assertPoint(t, 1, 0.6, 1.5);
            assertPoint(t, 2, -0.03, 0.69);
            assertPoint(t, 3, -0.66, -0.174);
        }

        @Test
        void withoutMomentumItIsPlainGradientDescent() {
            Trajectory plain = steps(new GradientDescent(), Fixture.coupledBowl(), 0.1, 5, 1, 2);
            Trajectory zero = steps(new Momentum(0), Fixture.coupledBowl(), 0.1, 5, 1, 2);

            for (int k = 0; k < plain.size(); k++) {
                assertThat(zero.step(k).point()).containsExactly(plain.step(k).point());
            }
        }
    }

    @Nested
    class NesterovSteps {

        @Test
        void onWSquaredItStepsAlongTheGradientPlusMuTimesTheVelocity() {
            // b1 = 10, direction 10 + 0.9·10 = 19, w1 = 5 − 1.9 = 3.1.
            // g2 = 6.2, b2 = 9 + 6.2 = 15.2, direction 6.2 + 13.68 = 19.88, w2 = 3.1 − 1.988 = 1.112.
            // g3 = 2.224, b3 = 13.68 + 2.224 = 15.904, direction 2.224 + 14.3136 = 16.5376,
            //   w3 = 1.112 − 1.65376 = −0.54176.
            Trajectory t = steps(new Nesterov(), Fixture.square("w"), 0.1, 3, 5);

            assertPoint(t, 1, 3.1);
            assertPoint(t, 2, 1.112);
            assertPoint(t, 3, -0.54176);
        }

        @Test
        void onTheCoupledBowl() {
            // b1 = (4, 5), direction (4 + 3.6, 5 + 4.5) = (7.6, 9.5), w1 = (0.24, 1.05).
            // g2 = (0.48 + 1.05, 2.1 + 0.24) = (1.53, 2.34), b2 = (3.6 + 1.53, 4.5 + 2.34) = (5.13, 6.84),
            //   direction (1.53 + 4.617, 2.34 + 6.156) = (6.147, 8.496), w2 = (−0.3747, 0.2004).
            Trajectory t = steps(new Nesterov(), Fixture.coupledBowl(), 0.1, 2, 1, 2);

            assertPoint(t, 1, 0.24, 1.05);
            assertPoint(t, 2, -0.3747, 0.2004);
        }
    }

    @Nested
    class AdaGradSteps {

        @Test
        void onWSquaredStepsShrinkWithTheSumOfSquaredGradients() {
            // α = 0.1, ε = 1e-10. s1 = 100, w1 = 5 − 0.1·10/(10 + 1e-10) = 4.9 + 1e-12.
            // g2 = 9.8, s2 = 100 + 96.04 = 196.04, √s2 = 14.0014285..., w2 = 4.9 − 0.98/14.0014285...
            //   = 4.9 − 0.0699928582... = 4.8300071418...
            // g3 = 9.6600142835..., s3 = 196.04 + 93.3158759... = 289.3558759..., √s3 = 17.0104638...,
            //   w3 = 4.8300071418 − 0.0567886593 = 4.7732184825...
            Trajectory t = steps(new AdaGrad(), Fixture.square("w"), 0.1, 3, 5);

            assertPoint(t, 1, 4.9 + 1e-12);
            assertThat(t.coordinate(2, 0)).isCloseTo(4.8300071418, within(1e-10));
            assertThat(t.coordinate(3, 0)).isCloseTo(4.7732184825, within(1e-10));
        }

        @Test
        void onTheCoupledBowlTheFirstStepMovesEveryCoordinateByTheRate() {
            // s1 = (16, 25), step = 0.1·(4/(4 + 1e-10), 5/(5 + 1e-10)) = 0.1 − (2.5e-12, 2e-12).
            // g2 = (3.7, 4.7), s2 = (29.69, 47.09), w2 = (0.9 − 0.37/5.4488531..., 1.9 − 0.47/6.8622154...)
            //   = (0.8320958018, 1.8315089991).
            Trajectory t = steps(new AdaGrad(), Fixture.coupledBowl(), 0.1, 2, 1, 2);

            assertPoint(t, 1, 0.9 + 2.5e-12, 1.9 + 2e-12);
            assertThat(t.coordinate(2, 0)).isCloseTo(0.8320958018, within(1e-10));
            assertThat(t.coordinate(2, 1)).isCloseTo(1.8315089991, within(1e-10));
        }
    }

    @Nested
    class RMSPropSteps {

        @Test
        void onWSquaredTheFirstStepIsTenTimesTheRate() {
            // α = 0.99, ε = 1e-8, lr = 0.01. v1 = 0.01·100 = 1, w1 = 5 − 0.01·10/(1 + 1e-8) = 4.9 + 1e-9.
            // g2 = 9.8, v2 = 0.99 + 0.01·96.04 = 1.9504, √v2 = 1.3965672..., w2 = 4.9 − 0.098/1.3965672...
            //   = 4.9 − 0.0701720594 = 4.8298279406.
            // g3 = 9.6596558812, v3 = 0.99·1.9504 + 0.01·93.3089517... = 2.8639855..., √v3 = 1.6923314...,
            //   w3 = 4.8298279406 − 0.0570789856 = 4.7727489550 (4.7727489553 unrounded).
            Trajectory t = steps(new RMSProp(), Fixture.square("w"), 0.01, 3, 5);

            assertPoint(t, 1, 4.9 + 1e-9);
            assertThat(t.coordinate(2, 0)).isCloseTo(4.8298279406, within(1e-10));
            assertThat(t.coordinate(3, 0)).isCloseTo(4.7727489553, within(1e-10));
        }

        @Test
        void onTheCoupledBowl() {
            // v1 = 0.01·(16, 25) = (0.16, 0.25), √v1 = (0.4, 0.5): each coordinate moves by 0.01·10 = 0.1,
            //   less a trace of ε: w1 = (0.9 + 2.5e-9, 1.9 + 2e-9).
            // g2 = (3.7, 4.7), v2 = (0.1584 + 0.1369, 0.2475 + 0.2209) = (0.2953, 0.4684),
            //   w2 = (0.9 − 0.037/0.5434151, 1.9 − 0.047/0.6843975) = (0.8319120941, 1.8313264662).
            Trajectory t = steps(new RMSProp(), Fixture.coupledBowl(), 0.01, 2, 1, 2);

            assertPoint(t, 1, 0.9 + 2.5e-9, 1.9 + 2e-9);
            assertThat(t.coordinate(2, 0)).isCloseTo(0.8319120941, within(1e-10));
            assertThat(t.coordinate(2, 1)).isCloseTo(1.8313264662, within(1e-10));
        }
    }

    @Nested
    class AdamSteps {

        @Test
        void onWSquaredBiasCorrectionMakesTheFirstStepTheRate() {
            // lr = 0.1. m1 = 0.1·10 = 1, v1 = 0.001·100 = 0.1, m̂1 = 1/0.1 = 10, v̂1 = 0.1/0.001 = 100,
            //   w1 = 5 − 0.1·10/(10 + 1e-8) = 4.9 + 1e-10.
            // g2 = 9.8, m2 = 0.9 + 0.98 = 1.88, v2 = 0.0999 + 0.09604 = 0.19594,
            //   m̂2 = 1.88/0.19 = 9.8947368..., v̂2 = 0.19594/0.001999 = 98.0190095..., √v̂2 = 9.9004550...,
            //   w2 = 4.9 − 0.1·9.8947368/9.9004550 = 4.9 − 0.0999422431 = 4.8000577569.
            // g3 = 9.6001155137, m3 = 1.692 + 0.96001155 = 2.65201155, v3 = 0.19574406 + 0.09216222 = 0.28790628,
            //   m̂3 = 2.65201155/0.271 = 9.7860205..., v̂3 = 0.28790628/0.002997001 = 96.0647921...,
            //   √v̂3 = 9.8012648...,
            //   w3 = 4.8000577569 − 0.0998444655 = 4.7002132913 (rounded at the last digit).
            Trajectory t = steps(new Adam(), Fixture.square("w"), 0.1, 3, 5);

            assertPoint(t, 1, 4.9 + 1e-10);
            assertThat(t.coordinate(2, 0)).isCloseTo(4.8000577569, within(1e-10));
            assertThat(t.coordinate(3, 0)).isCloseTo(4.7002132913, within(1e-10));
        }

        @Test
        void onTheCoupledBowl() {
            // Step 1 moves both coordinates by lr = 0.1: w1 = (0.9 + 2.5e-10, 1.9 + 2e-10).
            // g2 = (3.7, 4.7), m2 = (0.36 + 0.37, 0.45 + 0.47) = (0.73, 0.92),
            //   v2 = (0.015984 + 0.01369, 0.024975 + 0.02209) = (0.029674, 0.047065),
            //   m̂2 = (3.8421053, 4.8421053), √v̂2 = (√14.8444222, √23.5442721) = (3.8528460, 4.8522440),
            //   a step of (0.0997212262, 0.0997910499); from w1 itself, whose trace of ε nudges the gradient
            //   too, the step is (0.0997212259, 0.0997910497) and w2 = (0.8002787743, 1.8002089505).
            Trajectory t = steps(new Adam(), Fixture.coupledBowl(), 0.1, 2, 1, 2);

            assertPoint(t, 1, 0.9 + 2.5e-10, 1.9 + 2e-10);
            assertThat(t.coordinate(2, 0)).isCloseTo(0.8002787743, within(1e-10));
            assertThat(t.coordinate(2, 1)).isCloseTo(1.8002089505, within(1e-10));
        }

        @ParameterizedTest
        @ValueSource(doubles = {-300, -2, -1e-3, 1e-3, 0.7, 42})
        void theFirstStepMovesByTheRateAgainstTheSignOfTheGradientWhateverItsSize(double x) {
            // f = 2x², g = 4x: whatever |g|, m̂1/√v̂1 = g/|g|, so the step is 0.05·|g|/(|g| + ε): short of
            // 0.05 by 0.05·ε/|g| at most (and w1 − w0 loses up to an ulp of w0).
            Trajectory t = steps(new Adam(), Fixture.twoXSquared(), 0.05, 1, x);
            double shortfall = 0.05 * 1e-8 / Math.abs(4 * x);

            assertThat(t.coordinate(1, 0) - x).isCloseTo(-0.05 * Math.signum(x), within(shortfall + 2 * Math.ulp(x)));
        }
    }

    @Test
    void everyRunStartsFromFreshStateSoOneRuleCanDriveManyRuns() {
        for (Optimizer optimizer : Optimizer.values()) {
            UpdateRule rule = optimizer.defaultRule();
            Trajectory first = steps(rule, Fixture.coupledBowl(), 0.05, 10, 1, 2);
            Trajectory second = steps(rule, Fixture.coupledBowl(), 0.05, 10, 1, 2);

            assertThat(second.last().point()).as(optimizer.displayName()).containsExactly(first.last().point());
        }
    }
}
