package gdviz.core.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Writes a polynomial back as a tree in display order. Terms go by falling degree in the variables, ties
 * broken by the variables in index order with higher powers first ({@code x^2 + x*y + y^2}); other atoms
 * follow, constants come last. If that order would start with a minus, the first positive term moves to
 * the front ({@code 200*y - 200*x^2}, {@code 1 - x}).
 *
 * <p>A factor that is more than a variable and that every term shares is written once in front of the sum:
 * the chain rule's {@code 4*(x*y + 1)^3*(y + 2)} rather than the outer power repeated in every term.
 *
 * <p>Coefficients print as decimals when they have a finite decimal expansion ({@code 0.52*x}), otherwise
 * as fractions ({@code 2*x/3}); a unit fraction goes below the line with the other denominators
 * ({@code 1/(2*sqrt(x))}).
 */
final class PolynomialTree {

    /** Fractions with larger parts are shown as their nearest decimal instead. */
    private static final BigInteger MAX_FRACTION_PART = BigInteger.valueOf(1_000_000_000L);

    private static final Comparator<Map.Entry<Monomial, Rational>> TERM_ORDER =
            Comparator.comparing(Map.Entry::getKey, PolynomialTree::compareMonomials);

    private PolynomialTree() {
    }

    static Node of(Polynomial polynomial) {
        Monomial shared = sharedFactor(polynomial);
        if (!shared.isOne()) {
            Node rest = sum(polynomial.divideTerms(shared));
            return term(Rational.ONE, shared.multiply(Monomial.of(rest, 1)));
        }
        return sum(polynomial);
    }

    /**
     * The atoms other than variables and named constants that every term holds, each to the lowest positive
     * power it has in any term; {@link Monomial#ONE} when there are none, or only one term.
     */
    private static Monomial sharedFactor(Polynomial polynomial) {
        Monomial shared = Monomial.ONE;
        if (polynomial.size() < 2) {
            return shared;
        }
        Monomial first = polynomial.terms().keySet().iterator().next();
        for (Map.Entry<Node, Integer> atom : first.exponents().entrySet()) {
            if (Monomial.isSymbol(atom.getKey())) {
                continue;
            }
            int lowest = polynomial.terms().keySet().stream()
                    .mapToInt(term -> term.exponents().getOrDefault(atom.getKey(), 0))
                    .min().orElse(0);
            if (lowest > 0) {
                shared = shared.multiply(Monomial.of(atom.getKey(), lowest));
            }
        }
        return shared;
    }

    private static Node sum(Polynomial polynomial) {
        List<Map.Entry<Monomial, Rational>> terms = new ArrayList<>(polynomial.terms().entrySet());
        terms.sort(TERM_ORDER);
        terms.stream().filter(term -> term.getValue().signum() > 0).findFirst().ifPresent(firstPositive -> {
            terms.remove(firstPositive);
            terms.add(0, firstPositive);
        });
        Node sum = null;
        for (Map.Entry<Monomial, Rational> term : terms) {
            Rational coefficient = term.getValue();
            Node magnitude = term(coefficient.signum() < 0 ? coefficient.negate() : coefficient, term.getKey());
            if (sum == null) {
                sum = coefficient.signum() < 0 ? NodeFactory.negate(magnitude) : magnitude;
            } else {
                sum = new Node.Binary(coefficient.signum() < 0 ? Operator.SUBTRACT : Operator.ADD, sum, magnitude);
            }
        }
        return sum == null ? NodeFactory.ZERO : sum;
    }

    private static int compareMonomials(Monomial a, Monomial b) {
        if (a.isOne() != b.isOne()) {
            return a.isOne() ? 1 : -1;
        }
        int byDegree = Integer.compare(b.variableDegree(), a.variableDegree());
        if (byDegree != 0) {
            return byDegree;
        }
        SortedSet<Node> atoms = new TreeSet<>(AtomOrder.INSTANCE);
        atoms.addAll(a.exponents().keySet());
        atoms.addAll(b.exponents().keySet());
        for (Node atom : atoms) {
            int byExponent = Integer.compare(b.exponents().getOrDefault(atom, 0), a.exponents().getOrDefault(atom, 0));
            if (byExponent != 0) {
                return byExponent;
            }
        }
        return 0;
    }

    /** {@code coefficient * monomial} for a positive coefficient. */
    private static Node term(Rational coefficient, Monomial monomial) {
        List<Node> above = new ArrayList<>();
        List<Node> below = new ArrayList<>();
        boolean hasDenominator = monomial.exponents().values().stream().anyMatch(exponent -> exponent < 0);
        if (asFraction(coefficient, hasDenominator)) {
            if (!coefficient.numerator().equals(BigInteger.ONE)) {
                above.add(NodeFactory.number(coefficient.numerator().doubleValue()));
            }
            below.add(NodeFactory.number(coefficient.denominator().doubleValue()));
        } else if (!coefficient.equals(Rational.ONE)) {
            above.add(NodeFactory.number(coefficient.toDouble()));
        }
        monomial.exponents().forEach((atom, exponent) -> (exponent > 0 ? above : below)
                .add(NodeFactory.power(atom, NodeFactory.number(Math.abs(exponent)))));
        Node numerator = product(above);
        return below.isEmpty() ? numerator : new Node.Binary(Operator.DIVIDE, numerator, product(below));
    }

    private static boolean asFraction(Rational coefficient, boolean hasDenominator) {
        if (coefficient.isInteger() || coefficient.numerator().compareTo(MAX_FRACTION_PART) > 0
                || coefficient.denominator().compareTo(MAX_FRACTION_PART) > 0) {
            return false;
        }
        boolean unitFraction = coefficient.numerator().equals(BigInteger.ONE);
        return !coefficient.isFiniteDecimal() || (hasDenominator && unitFraction);
    }

    private static Node product(List<Node> factors) {
        return factors.stream().reduce((left, right) -> new Node.Binary(Operator.MULTIPLY, left, right))
                .orElse(NodeFactory.ONE);
    }
}
