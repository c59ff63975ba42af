package gdviz.core.expr;

/** Evaluates a tree directly, with exp4j 0.4.8's definitions of the operators and built-ins. */
final class TreeEvaluator implements Node.Visitor<Double> {

    private final double[] point;

    private TreeEvaluator(double[] point) {
        this.point = point;
    }

    /** The value of {@code node} with variable index i set to {@code point[i]}. */
    static double evaluate(Node node, double... point) {
        return node.accept(new TreeEvaluator(point));
    }

    private double of(Node node) {
        return node.accept(this);
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
        return -of(node.operand());
    }

    @Override
    public Double binary(Node.Binary node) {
        double a = of(node.left());
        double b = of(node.right());
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
        double u = of(node.arguments().get(0));
        return switch (node.function()) {
            case SIN -> Math.sin(u);
            case COS -> Math.cos(u);
            case TAN -> Math.tan(u);
            case COT -> 1 / Math.tan(u);
            case ASIN -> Math.asin(u);
            case ACOS -> Math.acos(u);
            case ATAN -> Math.atan(u);
            case SINH -> Math.sinh(u);
            case COSH -> Math.cosh(u);
            case TANH -> Math.tanh(u);
            case LOG -> Math.log(u);
            case LOG2 -> Math.log(u) / Math.log(2);
            case LOG10 -> Math.log10(u);
            case LOG1P -> Math.log1p(u);
            case EXP -> Math.exp(u);
            case EXPM1 -> Math.expm1(u);
            case SQRT -> Math.sqrt(u);
            case CBRT -> Math.cbrt(u);
            case ABS -> Math.abs(u);
            case SIGNUM -> u > 0 ? 1.0 : u < 0 ? -1.0 : 0.0;
            case FLOOR -> Math.floor(u);
            case CEIL -> Math.ceil(u);
            case POW -> Math.pow(u, of(node.arguments().get(1)));
        };
    }
}
