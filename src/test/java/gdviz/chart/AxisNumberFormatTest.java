package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisNumberFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 0", "-0.0 | 0", "0.25 | 0.25", "0.30000000000000004 | 0.3", "-1.5 | -1.5", "400000 | 400,000",
        "-2500000 | -2,500,000", "2.2e10 | 2.2e10", "-1.4e10 | -1.4e10", "1e10 | 1e10", "5e-6 | 5e-6",
        "0.0001 | 0.0001", "1.000000001 | 1.000000001", "1e300 | 1e300", "-2.5e-300 | -2.5e-300"})
    void ticksReadPlainlyOrInLowerCaseScientificNotation(double value, String label) {
        assertThat(AxisNumberFormat.label(value)).isEqualTo(label);
    }
}
