package gdviz.core;

import java.util.List;

/**
 * A real function of n named variables with exact first and second derivatives.
 *
 * <p>Implementations are immutable and safe to call from many threads at once. Evaluation follows
 * IEEE 754 and never throws: outside the function's domain the results are NaN or infinite.
 */
public interface DifferentiableFunction {

    /** The variable names in the order used by every {@code point} array; never empty. */
    List<String> variables();

    /** The number of variables, {@code variables().size()}. */
    default int dimension() {
        return variables().size();
    }

    /**
     * The value at {@code point}.
     *
     * @param point one coordinate per variable, in {@link #variables()} order; not modified
     */
    double value(double... point);

    /**
     * The value and the gradient at {@code point}.
     *
     * @param point    one coordinate per variable; not modified
     * @param gradient receives one partial derivative per variable; length at least {@link #dimension()}
     * @return the value at {@code point}
     */
    double valueAndGradient(double[] point, double[] gradient);

    /**
     * The value, gradient and Hessian at {@code point}.
     *
     * @param point    one coordinate per variable; not modified
     * @param gradient receives the gradient; length at least {@link #dimension()}
     * @param hessian  receives the symmetric matrix of second partial derivatives, row-major,
     *                 {@code hessian[i * n + j]}; length at least n²
     * @return the value at {@code point}
     */
    double valueGradientHessian(double[] point, double[] gradient, double[] hessian);
}
