package gdviz.core.explain;

import java.util.List;

/**
 * How a run's quantities are written: for one variable the variable itself and f′ (x₁ = x₀ − α·f′(x₀)); for
 * several a point w (or p, when a variable is already called w) with ∇f and ∂f/∂x.
 */
final class Notation {

    private final List<String> variables;
    private final String point;

    Notation(List<String> variables) {
        this.variables = List.copyOf(variables);
        if (variables.size() == 1) {
            point = variables.get(0);
        } else {
            point = variables.contains("w") ? "p" : "w";
        }
    }

    boolean single() {
        return variables.size() == 1;
    }

    int dimension() {
        return variables.size();
    }

    String variable(int i) {
        return variables.get(i);
    }

    /** The point at row k: w₀, x₃. */
    String at(int k) {
        return Figures.indexed(point, k);
    }

    /** The gradient at row k: ∇f(w₀), or f′(x₀) for one variable. */
    String gradient(int k) {
        return (single() ? "f\u2032(" : "\u2207f(") + at(k) + ")";
    }

    /** The partial derivative along variable i at row k: ∂f/∂x, or f′(x₀) for one variable. */
    String partial(int i, int k) {
        return single() ? gradient(k) : "\u2202f/\u2202" + variables.get(i);
    }

    /** ", where w = (x, y)" for several variables, nothing for one. */
    String where() {
        return single() ? "" : ", where " + point + " = (" + String.join(", ", variables) + ")";
    }
}
