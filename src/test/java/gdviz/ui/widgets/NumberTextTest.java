package gdviz.ui.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void briefNumbersReadLikeTheStatusLine() {
        assertThat(NumberText.brief(8.234e-7)).isEqualTo("8.2e-7");
        assertThat(NumberText.brief(1e-6)).isEqualTo("1e-6");
        assertThat(NumberText.brief(37)).isEqualTo("37");
        assertThat(NumberText.brief(0.25)).isEqualTo("0.25");
        assertThat(NumberText.brief(123456789)).isEqualTo("1.2e8");
        assertThat(NumberText.brief(0)).isEqualTo("0");
    }

    @Test
    void exactNumbersKeepEveryDigitWithoutJavasExponentStyle() {
        assertThat(NumberText.exact(0.3)).isEqualTo("0.3");
        assertThat(NumberText.exact(1e-4)).isEqualTo("1e-4");
        assertThat(NumberText.exact(2.0)).isEqualTo("2");
        assertThat(NumberText.exact(-1.5e10)).isEqualTo("-1.5e10");
        assertThat(NumberText.exact(0.0015)).isEqualTo("0.0015");
        double third = 1.0 / 3;
        assertThat(Double.parseDouble(NumberText.exact(third))).isEqualTo(third);
    }

    @Test
    void tableCellsShowSixSignificantDigits() {
        assertThat(NumberText.table(5.385164807134504)).isEqualTo("5.38516");
        assertThat(NumberText.table(9.313225746154785E-7)).isEqualTo("9.31323e-7");
        assertThat(NumberText.table(Double.NaN)).isEqualTo("NaN");
        assertThat(NumberText.table(Double.NEGATIVE_INFINITY)).isEqualTo("\u2212\u221e");
    }

    @Test
    void parsesWhatPeopleTypeAndRejectsTheRest() {
        assertThat(NumberText.parse(" 1e-6 ")).hasValue(1e-6);
        assertThat(NumberText.parse(".5")).hasValue(0.5);
        assertThat(NumberText.parse("\u22122")).hasValue(-2);
        assertThat(NumberText.parse("0.")).hasValue(0);
        assertThat(NumberText.parse("")).isEmpty();
        assertThat(NumberText.parse("1e")).isEmpty();
        assertThat(NumberText.parse("NaN")).isEmpty();
        assertThat(NumberText.parse("Infinity")).isEmpty();
        assertThat(NumberText.parse("1e999")).isEmpty();
        assertThat(NumberText.parse("0x10")).isEmpty();
    }

    @Test
    void roundsToSignificantDigitsForSliders() {
        assertThat(NumberText.round(0.30102999, 2)).isEqualTo(0.3);
        assertThat(NumberText.round(0.0014962, 2)).isEqualTo(0.0015);
    }

    @Test
    void snapsPickedPositionsToAThousandthOfTheView() {
        assertThat(Snap.toReadable(1.2345678, 10)).isEqualTo(1.23);
        assertThat(Snap.toReadable(-0.0123456, 0.5)).isEqualTo(-0.0123);
        assertThat(Snap.toReadable(1234.56, 5000)).isEqualTo(1235);
    }
}
