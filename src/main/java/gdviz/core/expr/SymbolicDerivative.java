package gdviz.core.expr;

import static gdviz.core.expr.NodeFactory.ONE;
import static gdviz.core.expr.NodeFactory.TWO;
import static gdviz.core.expr.NodeFactory.ZERO;
import static gdviz.core.expr.NodeFactory.add;
import static gdviz.core.expr.NodeFactory.call;
import static gdviz.core.expr.NodeFactory.divide;
import static gdviz.core.expr.NodeFactory.isZero;
import static gdviz.core.expr.NodeFactory.multiply;
import static gdviz.core.expr.NodeFactory.negate;
import static gdviz.core.expr.NodeFactory.number;
import static gdviz.core.expr.NodeFactory.power;
import static gdviz.core.expr.NodeFactory.subtract;

import java.util.Objects;

/**
 * Symbolic partial derivatives of expression trees, by the chain rule. The result is correct but not tidy;
 * {@link Simplifier} makes it readable.
 *
 * <p>At points where a built-in is not differentiable the derivative follows fixed conventions:
 * {@code abs'(u) = signum(u)} (so 0 at 0), {@code signum}, {@code floor} and {@code ceil} have derivative 0,
 * and {@code a % b} differentiates as {@code a - trunc(a/b)*b}, where exp4j spells
 * {@code trunc(q)} as {@code signum(q)*floor(abs(q))}.
 */
public final class SymbolicDerivative {

    private SymbolicDerivative() {
    }

    /**
     * The partial derivative of {@code node} with respect to the variable at {@code variableIndex}.
     *
     * @param node          the expression; not null
     * @param variableIndex the {@link Node.Variable#index()} to differentiate by; 0 or more. A variable
     *                      the expression does not use gives the derivative 0.
     * @return the derivative, not simplified beyond trivial folding
     */
    public static Node differentiate(Node node, int variableIndex) {
        Objects.requireNonNull(node, "node");
        if (variableIndex < 0) {
            throw new IllegalArgumentException("variable index must be 0 or more, was " + variableIndex);
        }
        return node.accept(new Rules(variableIndex));
    }

    /** The derivative of {@code function} at {@code u}, to be multiplied by {@code u'}. */
    private static Node outer(BuiltIn function, Node u) {
        return switch (function) {
            case SIN -> call(BuiltIn.COS, u);
            case COS -> negate(call(BuiltIn.SIN, u));
            case TAN -> divide(ONE, square(call(BuiltIn.COS, u)));
            case COT -> negate(divide(ONE, square(call(BuiltIn.SIN, u))));
            case ASIN -> divide(ONE, call(BuiltIn.SQRT, subtract(ONE, square(u))));
            case ACOS -> negate(divide(ONE, call(BuiltIn.SQRT, subtract(ONE, square(u)))));
            case ATAN -> divide(ONE, add(ONE, square(u)));
            case SINH -> call(BuiltIn.COSH, u);
            case COSH -> call(BuiltIn.SINH, u);
            case TANH -> divide(ONE, square(call(BuiltIn.COSH, u)));
            case LOG -> divide(ONE, u);
            case LOG2 -> divide(ONE, multiply(u, log(number(2))));
            case LOG10 -> divide(ONE, multiply(u, log(number(10))));
            case LOG1P -> divide(ONE, add(ONE, u));
            case EXP, EXPM1 -> call(BuiltIn.EXP, u);
            case SQRT -> divide(ONE, multiply(TWO, call(BuiltIn.SQRT, u)));
            case CBRT -> divide(ONE, multiply(number(3), square(call(BuiltIn.CBRT, u))));
            case ABS -> call(BuiltIn.SIGNUM, u);
            case SIGNUM, FLOOR, CEIL -> ZERO;
            case POW -> throw new IllegalArgumentException("pow takes two arguments and is a power, not a chain");
        };
    }

    private static Node square(Node u) {
        return power(u, TWO);
    }

    private static Node log(Node u) {
        return call(BuiltIn.LOG, u);
    }

    /** trunc(u/v), which exp4j has no name for. */
    private static Node truncatedQuotient(Node u, Node v) {
        Node q = divide(u, v);
        return multiply(call(BuiltIn.SIGNUM, q), call(BuiltIn.FLOOR, call(BuiltIn.ABS, q)));
    }

    /** {@code w - 1}, exact for a finite number so that x^2.5 gives x^1.5 and x^0.1 gives x^-0.9. */
    private static Node lowered(Node w) {
        return w instanceof Node.Number c && Double.isFinite(c.value())
                ? number(Rational.of(c.value()).add(Rational.ONE.negate()).toDouble())
                : subtract(w, ONE);
    }

    /** The rules per node kind; helpers live outside because the visitor's method names hide the factory's. */
    private record Rules(int variableIndex) implements Node.Visitor<Node> {

        private Node d(Node node) {
            return node.accept(this);
        }

        @Override
        public Node number(Node.Number node) {
            return ZERO;
        }

        @Override
        public Node constant(Node.Constant node) {
            return ZERO;
        }

        @Override
        public Node variable(Node.Variable node) {
            return node.index() == variableIndex ? ONE : ZERO;
        }

        @Override
        public Node negate(Node.Negate node) {
            return NodeFactory.negate(d(node.operand()));
        }

        @Override
        public Node binary(Node.Binary node) {
            Node u = node.left();
            Node v = node.right();
            return switch (node.operator()) {
                case ADD -> add(d(u), d(v));
                case SUBTRACT -> subtract(d(u), d(v));
                case MULTIPLY -> add(multiply(d(u), v), multiply(u, d(v)));
                case DIVIDE -> quotientRule(u, v);
                case MODULO -> subtract(d(u), multiply(truncatedQuotient(u, v), d(v)));
                case POWER -> powerRule(u, v);
            };
        }

        @Override
        public Node call(Node.Call node) {
            Node u = node.arguments().get(0);
            if (node.function() == BuiltIn.POW) {
                return powerRule(u, node.arguments().get(1));
            }
            return multiply(outer(node.function(), u), d(u));
        }

        private Node quotientRule(Node u, Node v) {
            Node dv = d(v);
            if (isZero(dv)) {
                return divide(d(u), v);
            }
            return divide(subtract(multiply(d(u), v), multiply(u, dv)), square(v));
        }

        /** Constant exponent, constant base, or the general rule through u^w = exp(w*log(u)). */
        private Node powerRule(Node u, Node w) {
            Node du = d(u);
            Node dw = d(w);
            if (isZero(dw)) {
                return multiply(multiply(w, power(u, lowered(w))), du);
            }
            if (isZero(du)) {
                boolean naturalBase = u.equals(new Node.Constant(NamedConstant.E));
                Node growth = naturalBase ? power(u, w) : multiply(log(u), power(u, w));
                return multiply(growth, dw);
            }
            return multiply(power(u, w), add(multiply(dw, log(u)), divide(multiply(w, du), u)));
        }
    }
}
