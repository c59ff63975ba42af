package gdviz.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shortcuts of {@link BinaryRule#power} give exactly what Math.pow gives, special values included. */
class PowerTest {

    @Property
    void exponentsZeroAndOneAreMathPowToTheBit(@ForAll("bases") double base, @ForAll("shortcuts") double exponent) {
        assertThat(Double.doubleToLongBits(BinaryRule.power(base, exponent)))
                .isEqualTo(Double.doubleToLongBits(Math.pow(base, exponent)));
    }

    @Provide
    Arbitrary<Double> bases() {
        return Arbitraries.oneOf(Arbitraries.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MAX_VALUE, 1.0, -1.0),
                Arbitraries.longs().map(Double::longBitsToDouble));
    }

    @Provide
    Arbitrary<Double> shortcuts() {
        return Arbitraries.of(0.0, -0.0, 1.0);
    }
}
