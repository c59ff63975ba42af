package gdviz.core.expr;

import java.util.Objects;

/**
 * Rewrites a tree into a readable canonical form: constants folded exactly ({@code 2*3} is {@code 6},
 * {@code 0.1 + 0.2} is {@code 0.3}; named constants such as {@code pi} stay symbolic), sums, products and
 * integer powers multiplied out with like terms combined ({@code x*y + y*x} is {@code 2*x*y}), and the
 * terms put in a fixed display order (see {@link PolynomialTree}).
 *
 * <p>Like every algebra system this treats expressions as real functions, not IEEE 754 programs: {@code 0*u}
 * becomes 0 and {@code u/u} becomes 1 even where {@code u} is infinite, NaN or zero, and {@code u^0}
 * becomes 1. Elsewhere the result has the same value as the input up to rounding.
 */
public final class Simplifier {

    private Simplifier() {
    }

    /**
     * @param node the tree to simplify; not null
     * @return an equivalent tree in canonical form; simplifying it again gives an equal tree
     */
    public static Node simplify(Node node) {
        return PolynomialTree.of(PolynomialForm.of(Objects.requireNonNull(node, "node")));
    }
}
