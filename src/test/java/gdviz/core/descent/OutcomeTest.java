package gdviz.core.descent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeTest {

    private static final DescentSettings DEFAULTS = DescentSettings.withRate(0.1);

    @Test
    void describesConvergenceWithTheGradientNormAndTolerance() {
        Outcome outcome = new Outcome(StopReason.CONVERGED, 37, 8.2e-7, DEFAULTS);

        assertThat(outcome.description()).isEqualTo("converged at iteration 37: |grad f| = 8.2e-7 <= tolerance 1e-6");
    }

    @Test
    void describesTheIterationLimit() {
        Outcome outcome = new Outcome(StopReason.ITERATION_LIMIT, 1000, 0.0312, DEFAULTS);

        assertThat(outcome.description())
                .isEqualTo("stopped at the iteration limit (1000): |grad f| = 0.0312 is still above the tolerance 1e-6");
    }

    @Test
    void describesDivergenceAsARateOrShapeProblem() {
        Outcome outcome = new Outcome(StopReason.DIVERGED, 12, Double.POSITIVE_INFINITY, DEFAULTS);

        assertThat(outcome.description()).isEqualTo("diverged at iteration 12: values grew without bound"
                + " (the learning rate is too large, or f has no minimum in that direction)");
    }

    @Test
    void describesLeavingTheDomain() {
        Outcome outcome = new Outcome(StopReason.LEFT_DOMAIN, 5, Double.NaN, DEFAULTS);

        assertThat(outcome.description())
                .isEqualTo("left the domain at iteration 5: f or its gradient is not a number there");
    }

    @Test
    void summariesAreShortEnoughForATitle() {
        assertThat(new Outcome(StopReason.CONVERGED, 37, 8.2e-7, DEFAULTS).summary())
                .isEqualTo("converged after 37 iterations");
        assertThat(new Outcome(StopReason.CONVERGED, 1, 0, DEFAULTS).summary()).isEqualTo("converged after 1 iteration");
        assertThat(new Outcome(StopReason.CONVERGED, 0, 0, DEFAULTS).summary()).isEqualTo("converged at the start");
        assertThat(new Outcome(StopReason.ITERATION_LIMIT, 1000, 0.0312, DEFAULTS).summary())
                .isEqualTo("stopped at the iteration limit (1000)");
        assertThat(new Outcome(StopReason.DIVERGED, 12, Double.POSITIVE_INFINITY, DEFAULTS).summary())
                .isEqualTo("diverged at iteration 12");
        assertThat(new Outcome(StopReason.LEFT_DOMAIN, 5, Double.NaN, DEFAULTS).summary())
                .isEqualTo("left the domain at iteration 5");
        assertThat(new Outcome(StopReason.LEFT_DOMAIN, 0, Double.NaN, DEFAULTS).summary())
                .isEqualTo("started outside the domain of f");
    }

    @Test
    void everyDescriptionIsOneLine() {
        for (StopReason reason : StopReason.values()) {
            assertThat(new Outcome(reason, 3, 0.5, DEFAULTS).description()).doesNotContain("\n").isNotBlank();
        }
    }

    @Test
    void briefNumbersKeepThreeSignificantDigitsWithoutTrailingZeros() {
        assertThat(NumberText.brief(1e-6)).isEqualTo("1e-6");
        assertThat(NumberText.brief(3.14159)).isEqualTo("3.14");
        assertThat(NumberText.brief(-250)).isEqualTo("-250");
        assertThat(NumberText.brief(0)).isEqualTo("0");
        assertThat(NumberText.brief(Double.NaN)).isEqualTo("NaN");
    }
}
