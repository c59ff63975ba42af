package gdviz.core.expr;

import java.util.List;
import java.util.Optional;

/**
 * Brings a tree into polynomial normal form. Sums, products, negation, division and integer powers are
 * multiplied out; everything else (functions, remainders, non-integer powers) becomes an atom whose own
 * arguments are simplified first. Powers of sums are multiplied out only when the sum is in the variables and
 * named constants alone. Expansion stops at {@link #MAX_TERMS} terms, beyond which the factors stay atoms:
 * {@code (x + y)^20} reads better, and is simplified at once while the user types, as a power than as 21 terms.
 */
final class PolynomialForm implements Node.Visitor<Polynomial> {

    static final int MAX_TERMS = 16;
    /** Larger integer exponents are left as written rather than folded into huge coefficients. */
    private static final int MAX_INTEGER_EXPONENT = 1000;

    private static final PolynomialForm INSTANCE = new PolynomialForm();

    private PolynomialForm() {
    }

    static Polynomial of(Node node) {
        return node.accept(INSTANCE);
    }

    @Override
    public Polynomial number(Node.Number node) {
        double value = node.value();
        return Double.isFinite(value) ? Polynomial.constant(Rational.of(value)) : Polynomial.atom(node, 1);
    }

    @Override
    public Polynomial constant(Node.Constant node) {
        return Polynomial.atom(node, 1);
    }

    @Override
    public Polynomial variable(Node.Variable node) {
        return Polynomial.atom(node, 1);
    }

    @Override
    public Polynomial negate(Node.Negate node) {
        return of(node.operand()).negate();
    }

    @Override
    public Polynomial binary(Node.Binary node) {
        Polynomial left = of(node.left());
        return switch (node.operator()) {
            case ADD -> left.add(of(node.right()));
            case SUBTRACT -> left.add(of(node.right()).negate());
            case MULTIPLY -> product(left, of(node.right()));
            case DIVIDE -> quotient(left, node.right());
            case MODULO -> remainder(left, of(node.right()));
            case POWER -> power(left, of(node.right()));
        };
    }

    @Override
    public Polynomial call(Node.Call node) {
        List<Node> arguments = node.arguments();
        if (node.function() == BuiltIn.POW) {
            return power(of(arguments.get(0)), of(arguments.get(1)));
        }
        List<Node> simplified = arguments.stream().map(argument -> tree(of(argument))).toList();
        return Polynomial.atom(new Node.Call(node.function(), simplified), 1);
    }

    private static Node tree(Polynomial polynomial) {
        return PolynomialTree.of(polynomial);
    }

    /** A sum becomes one atom; a single term stays open so that its factors still combine. */
    private static Polynomial closed(Polynomial polynomial) {
        return polynomial.size() <= 1 ? polynomial : Polynomial.atom(tree(polynomial), 1);
    }

    private static Polynomial product(Polynomial left, Polynomial right) {
        if (left.size() * right.size() > MAX_TERMS) {
            return closed(left).multiply(closed(right));
        }
        return left.multiply(right);
    }

    /** A division by zero stays as written; exp4j reports it when evaluating. */
    private static Polynomial quotient(Polynomial dividend, Node divisor) {
        return reciprocal(divisor)
                .map(inverse -> product(dividend, inverse))
                .orElseGet(() -> Polynomial.atom(new Node.Binary(Operator.DIVIDE, tree(dividend), NodeFactory.ZERO), 1));
    }

    /**
     * 1/divisor, or empty if the divisor is zero. Taken apart along products and integer powers so that
     * the factors of a denominator such as {@code 2*sqrt(x)} or {@code (x - 1)^2} stay visible instead of
     * being multiplied out.
     */
    private static Optional<Polynomial> reciprocal(Node divisor) {
        if (divisor instanceof Node.Binary binary) {
            Operator operator = binary.operator();
            if (operator == Operator.MULTIPLY) {
                return reciprocal(binary.left())
                        .flatMap(left -> reciprocal(binary.right()).map(right -> product(left, right)));
            }
            if (operator == Operator.DIVIDE) {
                return reciprocal(binary.left()).map(left -> product(left, of(binary.right())));
            }
            Optional<Integer> n = operator == Operator.POWER ? integer(of(binary.right())) : Optional.empty();
            if (n.isPresent()) {
                return Optional.of(power(of(binary.left()), -n.get()));
            }
        }
        Polynomial value = of(divisor);
        return value.isZero() ? Optional.empty() : Optional.of(power(value, -1));
    }

    private static Polynomial remainder(Polynomial dividend, Polynomial divisor) {
        Optional<Rational> a = dividend.constantValue();
        Optional<Rational> b = divisor.constantValue();
        if (a.isPresent() && b.isPresent() && b.get().signum() != 0) {
            return Polynomial.constant(a.get().remainder(b.get()));
        }
        return Polynomial.atom(new Node.Binary(Operator.MODULO, tree(dividend), tree(divisor)), 1);
    }

    private static Polynomial power(Polynomial base, Polynomial exponent) {
        Optional<Integer> n = integer(exponent);
        if (n.isPresent()) {
            return power(base, n.get());
        }
        return Polynomial.atom(new Node.Binary(Operator.POWER, tree(base), tree(exponent)), 1);
    }

    private static Polynomial power(Polynomial base, int n) {
        if (n == 0) {
            return Polynomial.ONE;
        }
        if (base.isZero()) {
            // 0^n is 0 for positive n; 0^-n stays as written, infinite as in IEEE 754.
            return n > 0 ? Polynomial.ZERO : Polynomial.atom(new Node.Binary(Operator.POWER,
                    NodeFactory.ZERO, NodeFactory.number(n)), 1);
        }
        if (base.size() == 1) {
            Polynomial power = base.termPower(n);
            boolean representable = power.terms().values().stream().allMatch(Rational::fitsDouble);
            return representable ? power : Polynomial.atom(tree(base), n);
        }
        // A power of a sum of k >= 2 terms has at least n + 1 terms: past the limit, give up before multiplying.
        // A sum holding more than variables and named constants, such as x*y + sin(x), reads better as the
        // power the chain rule leaves than multiplied out into its mixed terms.
        if (n < 0 || n >= MAX_TERMS || !inVariablesAlone(base)) {
            return Polynomial.atom(tree(base), n);
        }
        Polynomial result = base;
        for (int i = 1; i < n; i++) {
            if (result.size() * base.size() > MAX_TERMS) {
                return Polynomial.atom(tree(base), n);
            }
            result = result.multiply(base);
        }
        return result;
    }

    private static boolean inVariablesAlone(Polynomial polynomial) {
        return polynomial.terms().keySet().stream().flatMap(term -> term.exponents().keySet().stream())
                .allMatch(Monomial::isSymbol);
    }

    /** An integer exponent small enough to expand, if {@code exponent} is one. */
    private static Optional<Integer> integer(Polynomial exponent) {
        return exponent.constantValue()
                .filter(value -> value.isInteger() && value.numerator().bitLength() < Integer.SIZE)
                .map(value -> value.numerator().intValue())
                .filter(value -> Math.abs(value) <= MAX_INTEGER_EXPONENT);
    }
}
