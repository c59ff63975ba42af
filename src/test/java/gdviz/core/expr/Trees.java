package gdviz.core.expr;

import java.util.List;

/** Short names for building trees by hand in tests, without any folding. */
final class Trees {

    static final Node X = new Node.Variable("x", 0);
    static final Node Y = new Node.Variable("y", 1);
    static final Node PI = new Node.Constant(NamedConstant.PI);
    static final Node E = new Node.Constant(NamedConstant.E);

    private Trees() {
    }

    static Node n(double value) {
        return new Node.Number(value);
    }

    static Node v(String name, int index) {
        return new Node.Variable(name, index);
    }

    static Node add(Node a, Node b) {
        return new Node.Binary(Operator.ADD, a, b);
    }

    static Node sub(Node a, Node b) {
        return new Node.Binary(Operator.SUBTRACT, a, b);
    }

    static Node mul(Node a, Node b) {
        return new Node.Binary(Operator.MULTIPLY, a, b);
    }

    static Node div(Node a, Node b) {
        return new Node.Binary(Operator.DIVIDE, a, b);
    }

    static Node mod(Node a, Node b) {
        return new Node.Binary(Operator.MODULO, a, b);
    }

    static Node pow(Node a, Node b) {
        return new Node.Binary(Operator.POWER, a, b);
    }

    static Node pow(Node a, double exponent) {
        return pow(a, n(exponent));
    }

    static Node neg(Node a) {
        return new Node.Negate(a);
    }

    static Node call(BuiltIn function, Node... arguments) {
        return new Node.Call(function, List.of(arguments));
    }

    /** Left-associated sum of all terms. */
    static Node sum(Node first, Node... rest) {
        Node total = first;
        for (Node term : rest) {
            total = add(total, term);
        }
        return total;
    }
}
