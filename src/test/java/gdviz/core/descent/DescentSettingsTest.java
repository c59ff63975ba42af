package gdviz.core.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DescentSettingsTest {

    @Test
    void defaultsToAThousandIterationsAndAMillionthTolerance() {
        DescentSettings settings = DescentSettings.withRate(0.1);

        assertThat(settings.maxIterations()).isEqualTo(1000);
        assertThat(settings.tolerance()).isEqualTo(1e-6);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsARateThatIsNotPositiveAndFinite(double rate) {
        assertThatThrownBy(() -> DescentSettings.withRate(rate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the learning rate must be a positive finite number, got " + rate);
    }

    @Test
    void rejectsANegativeIterationLimit() {
        assertThatThrownBy(() -> new DescentSettings(0.1, -1, 1e-6))
                .hasMessage("the iteration limit must be 0 or more, got -1");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e-9, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsAToleranceThatIsNegativeOrNotFinite(double tolerance) {
        assertThatThrownBy(() -> new DescentSettings(0.1, 10, tolerance))
                .hasMessage("the tolerance must be a finite number, 0 or more, got " + tolerance);
    }

    @Test
    void acceptsZeroToleranceAndZeroIterations() {
        assertThat(new DescentSettings(0.1, 0, 0).tolerance()).isZero();
    }
}
