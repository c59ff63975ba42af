package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompactNumberTest {

    @Test
    void everydayLevelsReadPlainly() {
        assertThat(CompactNumber.format(0.5)).isEqualTo("0.5");
        assertThat(CompactNumber.format(12)).isEqualTo("12");
        assertThat(CompactNumber.format(10.0 / 3)).isEqualTo("3.33");
        assertThat(CompactNumber.format(-0.25)).isEqualTo("-0.25");
        assertThat(CompactNumber.format(0)).isEqualTo("0");
    }

    @Test
    void largeAndTinyLevelsUseShortScientificNotation() {
        assertThat(CompactNumber.format(1234)).isEqualTo("1.2e3");
        assertThat(CompactNumber.format(1e-4)).isEqualTo("1e-4");
        assertThat(CompactNumber.format(-35_000)).isEqualTo("-3.5e4");
        assertThat(CompactNumber.format(999.96)).isEqualTo("1e3");
    }

    @Test
    void levelsCloseTogetherGetJustEnoughDigitsToTellThemApart() {
        String[] labels = CompactNumber.formatDistinct(new double[] {-4.60517, -4.60508, -4.6049, -2.86});

        assertThat(labels).containsExactly("-4.6052", "-4.6051", "-4.6049", "-2.86");
    }

    @Test
    void equalLevelsShareTheirLabelWithoutLengtheningTheOthers() {
        assertThat(CompactNumber.formatDistinct(new double[] {1, 2.5, 2.5})).containsExactly("1", "2.5", "2.5");
    }
}
