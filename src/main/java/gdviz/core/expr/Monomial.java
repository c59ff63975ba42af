package gdviz.core.expr;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A product of atoms to non-zero integer powers, e.g. {@code x^2*y*sin(x)/(x + 1)}. Atoms are simplified
 * trees compared structurally; a negative power puts the atom in the denominator.
 */
final class Monomial {

    static final Monomial ONE = new Monomial(new TreeMap<>(AtomOrder.INSTANCE));

    private final SortedMap<Node, Integer> exponents;

    private Monomial(SortedMap<Node, Integer> exponents) {
        this.exponents = Collections.unmodifiableSortedMap(exponents);
    }

    /** {@code atom^exponent}; {@code exponent} is not 0. */
    static Monomial of(Node atom, int exponent) {
        SortedMap<Node, Integer> exponents = new TreeMap<>(AtomOrder.INSTANCE);
        exponents.put(atom, exponent);
        return new Monomial(exponents);
    }

    Monomial multiply(Monomial other) {
        SortedMap<Node, Integer> product = new TreeMap<>(exponents);
        other.exponents.forEach((atom, exponent) -> product.merge(atom, exponent, Math::addExact));
        product.values().removeIf(exponent -> exponent == 0);
        return new Monomial(product);
    }

    /** This to the power {@code n}, which is not 0. */
    Monomial pow(int n) {
        SortedMap<Node, Integer> power = new TreeMap<>(AtomOrder.INSTANCE);
        exponents.forEach((atom, exponent) -> power.put(atom, Math.multiplyExact(exponent, n)));
        return new Monomial(power);
    }

    /**
     * Whether {@code atom} is a variable or a named constant: a symbol a polynomial is written in, as opposed to
     * a compound atom such as {@code sin(x)} or a sum kept whole.
     */
    static boolean isSymbol(Node atom) {
        return atom instanceof Node.Variable || atom instanceof Node.Constant;
    }

    /** The atoms in {@link AtomOrder} with their exponents. */
    SortedMap<Node, Integer> exponents() {
        return exponents;
    }

    boolean isOne() {
        return exponents.isEmpty();
    }

    /** The degree in the variables alone; other atoms such as {@code sin(x)} count 0. */
    int variableDegree() {
        return exponents.entrySet().stream()
                .filter(entry -> entry.getKey() instanceof Node.Variable)
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Monomial monomial && exponents.equals(monomial.exponents);
    }

    @Override
    public int hashCode() {
        return exponents.hashCode();
    }
}
