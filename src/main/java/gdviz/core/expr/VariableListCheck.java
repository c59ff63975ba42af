package gdviz.core.expr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a variable list given explicitly: each entry a usable, unique name. */
final class VariableListCheck {

    private VariableListCheck() {
    }

    /** @param variables the list as given; no null entries */
    static void check(List<String> variables) throws ExpressionException {
        if (variables.isEmpty()) {
            throw ExpressionException.general("no variables given: name at least one, such as x");
        }
        Set<String> seen = new HashSet<>();
        for (String name : variables) {
            if (!Names.isName(name)) {
                throw ExpressionException.general("'" + name + "' is not a valid variable name: start with a letter"
                        + " or '_', then use letters, digits, '_' or '.'");
            }
            if (BuiltIn.of(name) != null) {
                throw ExpressionException.general("'" + name + "' cannot be a variable: it is a built-in function");
            }
            if (NamedConstant.of(name) != null) {
                throw ExpressionException.general("'" + name + "' cannot be a variable: it is a built-in constant");
            }
            if (!seen.add(name)) {
                throw ExpressionException.general("variable '" + name + "' is listed twice");
            }
        }
    }
}
