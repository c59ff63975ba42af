package gdviz.core.expr;

import java.util.List;

/**
 * Evaluates a tree the plain way exp4j does — every power through Math.pow, nothing folded — so that a
 * parsed tree can be compared with exp4j's own reading of the same text bit for bit.
 */
final class ReferenceEvaluator implements Node.Visitor<Double> {

    private final double[] point;

    private ReferenceEvaluator(double[] point) {
        this.point = point;
    }

    static double evaluate(Node root, double[] point) {
        return root.accept(new ReferenceEvaluator(point));
    }

    @Override
    public Double number(Node.Number node) {
        return node.value();
    }

    @Override
    public Double constant(Node.Constant node) {
        return node.constant().value();
    }

    @Override
    public Double variable(Node.Variable node) {
        return point[node.index()];
    }

    @Override
    public Double negate(Node.Negate node) {
        return -node.operand().accept(this);
    }

    @Override
    public Double binary(Node.Binary node) {
        double a = node.left().accept(this);
        double b = node.right().accept(this);
        return switch (node.operator()) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            case MODULO -> a % b;
            case POWER -> Math.pow(a, b);
        };
    }

    @Override
    public Double call(Node.Call node) {
        List<Node> arguments = node.arguments();
        double u = arguments.get(0).accept(this);
        return switch (node.function()) {
            case POW -> Math.pow(u, arguments.get(1).accept(this));
            case SIN -> Math.sin(u);
            case COS -> Math.cos(u);
            case EXP -> Math.exp(u);
            case SQRT -> Math.sqrt(u);
            case ABS -> Math.abs(u);
            default -> throw new UnsupportedOperationException(node.function() + " is not used by the random texts");
        };
    }
}
