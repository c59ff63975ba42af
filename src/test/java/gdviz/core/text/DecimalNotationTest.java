package gdviz.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalNotationTest {

    @Test
    void readableNumbersArePlainFromAThousandthToBelowAMillion() {
        assertThat(DecimalNotation.readable(0.36000000000000004, 4)).isEqualTo("0.36");
        assertThat(DecimalNotation.readable(-3.2, 4)).isEqualTo("-3.2");
        assertThat(DecimalNotation.readable(0.001, 2)).isEqualTo("0.001");
        assertThat(DecimalNotation.readable(999_999, 6)).isEqualTo("999999");
        assertThat(DecimalNotation.readable(250_000, 2)).isEqualTo("250000");
        assertThat(DecimalNotation.readable(0, 3)).isEqualTo("0");
    }

    @Test
    void beyondThemTheExponentIsShortAndLowerCase() {
        assertThat(DecimalNotation.readable(8.2e-7, 3)).isEqualTo("8.2e-7");
        assertThat(DecimalNotation.readable(1e-6, 3)).isEqualTo("1e-6");
        assertThat(DecimalNotation.readable(0.000999, 3)).isEqualTo("9.99e-4");
        assertThat(DecimalNotation.readable(1_500_000, 3)).isEqualTo("1.5e6");
        assertThat(DecimalNotation.readable(-4e-5, 3)).isEqualTo("-4e-5");
    }

    @Test
    void roundingCanCarryANumberIntoTheNextNotation() {
        assertThat(DecimalNotation.readable(999_999.7, 6)).isEqualTo("1e6");
        assertThat(DecimalNotation.readable(0.00099996, 3)).isEqualTo("0.001");
    }

    @Test
    void theWindowOfPlainNotationIsTheCallersChoice() {
        BigDecimal big = new BigDecimal("123456789");
        assertThat(DecimalNotation.plainOrScientific(big, -6, 15)).isEqualTo("123456789");
        assertThat(DecimalNotation.plainOrScientific(big, -2, 2)).isEqualTo("1.23456789e8");
        assertThat(DecimalNotation.plainOrScientific(new BigDecimal("0.0500"), -2, 2)).isEqualTo("0.05");
        assertThat(DecimalNotation.scientific(new BigDecimal("1E+20"))).isEqualTo("1e20");
        assertThat(DecimalNotation.exponent(new BigDecimal("0.0042"))).isEqualTo(-3);
    }
}
