package gdviz.core.expr;

import java.util.List;

/**
 * A function as typed, its variables and its expression tree. Immutable.
 */
public final class ParsedFunction {

    private final String text;
    private final List<String> variables;
    private final Node root;
    /** Built on first use; a race builds two equal immutable functions, which is harmless. */
    private volatile CompiledFunction compiled;

    ParsedFunction(String text, List<String> variables, Node root) {
        this.text = text;
        this.variables = List.copyOf(variables);
        this.root = root;
    }

    /** The text as it was given. */
    public String text() {
        return text;
    }

    /** The variables; each {@link Node.Variable#index()} points into this list. Never empty. */
    public List<String> variables() {
        return variables;
    }

    /** The expression tree. */
    public Node root() {
        return root;
    }

    /** The function ready to evaluate and differentiate; built once, then the same instance. */
    public CompiledFunction compile() {
        CompiledFunction result = compiled;
        if (result == null) {
            result = FunctionCompiler.compile(this);
            compiled = result;
        }
        return result;
    }

    @Override
    public String toString() {
        return text + " of " + variables;
    }
}
