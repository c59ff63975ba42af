package gdviz.core.expr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A sum of exact coefficients times monomials, with like terms combined and no zero coefficients. */
final class Polynomial {

    static final Polynomial ZERO = new Polynomial(Map.of());
    static final Polynomial ONE = constant(Rational.ONE);

    private final Map<Monomial, Rational> terms;

    private Polynomial(Map<Monomial, Rational> terms) {
        this.terms = Collections.unmodifiableMap(terms);
    }

    static Polynomial constant(Rational value) {
        return term(Monomial.ONE, value);
    }

    /** {@code atom^exponent}; {@code exponent} is not 0. */
    static Polynomial atom(Node atom, int exponent) {
        return term(Monomial.of(atom, exponent), Rational.ONE);
    }

    private static Polynomial term(Monomial monomial, Rational coefficient) {
        Map<Monomial, Rational> terms = new LinkedHashMap<>();
        accumulate(terms, monomial, coefficient);
        return new Polynomial(terms);
    }

    private static void accumulate(Map<Monomial, Rational> terms, Monomial monomial, Rational coefficient) {
        Rational sum = terms.getOrDefault(monomial, Rational.ZERO).add(coefficient);
        if (sum.signum() == 0) {
            terms.remove(monomial);
        } else {
            terms.put(monomial, sum);
        }
    }

    Polynomial add(Polynomial other) {
        Map<Monomial, Rational> sum = new LinkedHashMap<>(terms);
        other.terms.forEach((monomial, coefficient) -> accumulate(sum, monomial, coefficient));
        return new Polynomial(sum);
    }

    Polynomial negate() {
        return multiply(constant(Rational.ONE.negate()));
    }

    Polynomial multiply(Polynomial other) {
        Map<Monomial, Rational> product = new LinkedHashMap<>();
        terms.forEach((m, a) -> other.terms.forEach((n, b) -> accumulate(product, m.multiply(n), a.multiply(b))));
        return new Polynomial(product);
    }

    /** Each term divided by {@code factor}, which must divide every term for the result to stay polynomial. */
    Polynomial divideTerms(Monomial factor) {
        Monomial inverse = factor.pow(-1);
        Map<Monomial, Rational> quotient = new LinkedHashMap<>();
        terms.forEach((monomial, coefficient) -> accumulate(quotient, monomial.multiply(inverse), coefficient));
        return new Polynomial(quotient);
    }

    /** This single term to the power {@code n}; a negative {@code n} inverts it. */
    Polynomial termPower(int n) {
        if (size() != 1) {
            throw new IllegalStateException("only a single term has a simple power, not " + size() + " terms");
        }
        Map.Entry<Monomial, Rational> only = terms.entrySet().iterator().next();
        return term(only.getKey().pow(n), only.getValue().pow(n));
    }

    /** The value if this polynomial is a constant. */
    Optional<Rational> constantValue() {
        if (terms.isEmpty()) {
            return Optional.of(Rational.ZERO);
        }
        return size() == 1 ? Optional.ofNullable(terms.get(Monomial.ONE)) : Optional.empty();
    }

    int size() {
        return terms.size();
    }

    boolean isZero() {
        return terms.isEmpty();
    }

    Map<Monomial, Rational> terms() {
        return terms;
    }
}
