package gdviz.core.expr;

/** Computes a function's value and gradient, as fast as the JVM allows. Implementations are stateless. */
interface GradientCode {

    /**
     * The value at {@code point}, with the gradient written to {@code gradient}; both arrays hold at least
     * one entry per variable.
     */
    double valueAndGradient(double[] point, double[] gradient);
}
