package gdviz.core.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact fraction in lowest terms with a positive denominator. Polynomial coefficients are kept exact
 * so that like terms combine without rounding: {@code 0.1*x + 0.2*x} becomes {@code 0.3*x} and the
 * derivative of {@code x^3/3} becomes {@code x^2}, not {@code 1.0000000000000002*x^2}.
 */
record Rational(BigInteger numerator, BigInteger denominator) {

    static final Rational ZERO = of(0);
    static final Rational ONE = of(1);

    Rational {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (denominator.signum() < 0) {
            gcd = gcd.negate();
        }
        if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    static Rational of(long value) {
        return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /**
     * The decimal that {@code value} was most likely typed as: 0.1 becomes 1/10, not the binary fraction
     * nearest to it. {@code value} must be finite.
     */
    static Rational of(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value);
        BigInteger unscaled = decimal.unscaledValue();
        int scale = decimal.scale();
        return scale >= 0
                ? new Rational(unscaled, BigInteger.TEN.pow(scale))
                : new Rational(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    Rational add(Rational other) {
        return new Rational(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Rational multiply(Rational other) {
        return new Rational(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    /** This to the power {@code n}; a negative {@code n} needs a non-zero value. */
    Rational pow(int n) {
        Rational base = n >= 0 ? this : new Rational(denominator, numerator);
        int m = Math.abs(n);
        return new Rational(base.numerator.pow(m), base.denominator.pow(m));
    }

    /** The remainder with the sign of this value, as Java's and exp4j's {@code %}; {@code divisor} non-zero. */
    Rational remainder(Rational divisor) {
        Rational quotient = multiply(divisor.pow(-1));
        BigInteger truncated = quotient.numerator.divide(quotient.denominator);
        return add(divisor.multiply(new Rational(truncated, BigInteger.ONE)).negate());
    }

    int signum() {
        return numerator.signum();
    }

    boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    /** Whether the value has a finite decimal expansion, i.e. the denominator has no prime factor but 2 and 5. */
    boolean isFiniteDecimal() {
        BigInteger rest = denominator.shiftRight(denominator.getLowestSetBit());
        BigInteger five = BigInteger.valueOf(5);
        while (rest.mod(five).signum() == 0) {
            rest = rest.divide(five);
        }
        return rest.equals(BigInteger.ONE);
    }

    /** Whether a double holds this value without overflow to infinity or underflow to zero. */
    boolean fitsDouble() {
        double value = toDouble();
        return Double.isFinite(value) && (value != 0 || signum() == 0);
    }

    double toDouble() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
    }
}
