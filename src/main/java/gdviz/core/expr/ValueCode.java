package gdviz.core.expr;

/** Computes a function's value only, as fast as the JVM allows. Implementations are stateless. */
interface ValueCode {

    /** The value at {@code point}, which holds at least one coordinate per variable. */
    double value(double[] point);
}
