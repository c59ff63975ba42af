package gdviz.core.expr;

/** Partial derivatives as a teacher would write them, in the syntax users type. */
public final class ReadableDerivatives {

    private ReadableDerivatives() {
    }

    /**
     * The simplified partial derivative of {@code root} with respect to variable index {@code variableIndex},
     * printed: for {@code x^2 + x*y + y^2} it is {@code "2*x + y"} for index 0 and {@code "x + 2*y"} for 1.
     *
     * @param root          the function; not null
     * @param variableIndex the {@link Node.Variable#index()} to differentiate by; 0 or more
     * @return exp4j text that evaluates to the derivative; {@code "0"} if root does not use the variable
     */
    public static String partial(Node root, int variableIndex) {
        return ExpressionPrinter.print(Simplifier.simplify(SymbolicDerivative.differentiate(root, variableIndex)));
    }
}
