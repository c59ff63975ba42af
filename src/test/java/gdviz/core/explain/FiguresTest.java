package gdviz.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void roundingNoiseDisappearsAndTheTextsValuesPrintAsWritten() {
        assertThat(Figures.of(0.6 - 0.1 * 2.4)).isEqualTo("0.36");
        assertThat(Figures.of(4.0)).isEqualTo("4");
        assertThat(Figures.of(-3.2)).isEqualTo("\u22123.2");
        assertThat(Figures.vector(new double[] {4, -4 - 0.1 * -8})).isEqualTo("(4, \u22123.2)");
    }

    @Test
    void fourSignificantDigitsAndScientificOnlyForTheExtremes() {
        assertThat(Figures.of(Math.sqrt(164))).isEqualTo("12.81");
        assertThat(Figures.of(1.0526e-7)).isEqualTo("1.053e\u22127");
        assertThat(Figures.of(123456789)).isEqualTo("1.235e8");
        assertThat(Figures.of(0.001234)).isEqualTo("0.001234");
        assertThat(Figures.of(Double.NEGATIVE_INFINITY)).isEqualTo("\u2212\u221e");
    }

    @Test
    void negativeFactorsAreBracketedAndIndicesAreSubscripts() {
        assertThat(Figures.factor(-8)).isEqualTo("(\u22128)");
        assertThat(Figures.factor(8)).isEqualTo("8");
        assertThat(Figures.indexed("w", 12)).isEqualTo("w\u2081\u2082");
    }
}
