package gdviz.core.expr;

import java.util.List;

/**
 * Smart constructors that fold the trivial cases (adding 0, multiplying by 1 or 0, powers 0 and 1, double
 * negation) so that derivatives stay small. Multiplying by 0 gives 0 even where IEEE 754 would give NaN
 * (0 times infinity): derivatives of terms that do not depend on a variable are exactly zero.
 */
final class NodeFactory {

    static final Node ZERO = new Node.Number(0);
    static final Node ONE = new Node.Number(1);
    static final Node TWO = new Node.Number(2);

    private NodeFactory() {
    }

    static Node number(double value) {
        return new Node.Number(value);
    }

    static boolean isZero(Node node) {
        return node instanceof Node.Number number && number.value() == 0;
    }

    static boolean isOne(Node node) {
        return node instanceof Node.Number number && number.value() == 1;
    }

    static Node add(Node left, Node right) {
        if (isZero(left)) {
            return right;
        }
        return isZero(right) ? left : new Node.Binary(Operator.ADD, left, right);
    }

    static Node subtract(Node left, Node right) {
        if (isZero(left)) {
            return negate(right);
        }
        return isZero(right) ? left : new Node.Binary(Operator.SUBTRACT, left, right);
    }

    static Node multiply(Node left, Node right) {
        if (isZero(left) || isZero(right)) {
            return ZERO;
        }
        if (isOne(left)) {
            return right;
        }
        return isOne(right) ? left : new Node.Binary(Operator.MULTIPLY, left, right);
    }

    static Node divide(Node numerator, Node denominator) {
        if (isZero(numerator)) {
            return ZERO;
        }
        return isOne(denominator) ? numerator : new Node.Binary(Operator.DIVIDE, numerator, denominator);
    }

    static Node negate(Node operand) {
        if (operand instanceof Node.Number number) {
            return number.value() == 0 ? ZERO : number(-number.value());
        }
        return operand instanceof Node.Negate negate ? negate.operand() : new Node.Negate(operand);
    }

    static Node power(Node base, Node exponent) {
        if (isZero(exponent)) {
            return ONE;
        }
        return isOne(exponent) ? base : new Node.Binary(Operator.POWER, base, exponent);
    }

    static Node call(BuiltIn function, Node... arguments) {
        return new Node.Call(function, List.of(arguments));
    }
}
