package gdviz.core.expr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides what each name in a function text is — a built-in function, a constant or a variable — and
 * rejects the rest with a suggestion. Unlike exp4j, a name is never cut into shorter known names:
 * "xy" is not silently x*y, and "sinx" is not silently sin times x.
 */
final class NameTable {

    private static final String FUNCTION_LIST =
            Stream.of(BuiltIn.values()).map(BuiltIn::text).collect(Collectors.joining(", "));

    private final List<String> variables;
    private final Set<String> variableSet;
    private final boolean discovered;

    private NameTable(List<String> variables, boolean discovered) {
        this.variables = List.copyOf(variables);
        this.variableSet = Set.copyOf(variables);
        this.discovered = discovered;
    }

    /**
     * The variables found in the text: every name used as a value (not only ever followed by '(', which
     * makes it an unknown function) that is not built in and is not a run-together of other variables or
     * of a built-in and a variable; sorted alphabetically.
     */
    static NameTable discover(List<Lexeme> lexemes) {
        Set<String> candidates = new HashSet<>();
        for (int i = 0; i < lexemes.size(); i++) {
            Lexeme lexeme = lexemes.get(i);
            if (lexeme.is(Lexeme.Kind.NAME) && !Names.isReserved(lexeme.text()) && !isCalled(lexemes, i)) {
                candidates.add(lexeme.text());
            }
        }
        List<String> accepted = candidates.stream()
                .filter(name -> runTogetherReading(name, others(candidates, name)) == null)
                .sorted()
                .toList();
        return new NameTable(accepted, true);
    }

    /** The given variables, in their order; throws when one is not a usable name. */
    static NameTable explicit(List<String> variables) throws ExpressionException {
        VariableListCheck.check(variables);
        return new NameTable(variables, false);
    }

    List<String> variables() {
        return variables;
    }

    /**
     * What the name lexeme at {@code index} means.
     *
     * @return the built-in it calls, or null when it is a variable or a constant
     */
    BuiltIn resolve(List<Lexeme> lexemes, int index) throws ExpressionException {
        Lexeme name = lexemes.get(index);
        String text = name.text();
        boolean called = isCalled(lexemes, index);
        BuiltIn function = BuiltIn.of(text);
        if (function != null) {
            if (!called) {
                throw ExpressionException.at(name.start(), "'" + text + "' at " + name.where()
                        + " needs parentheses: write " + exampleCall(function, lexemes, index));
            }
            return function;
        }
        if (NamedConstant.of(text) != null || variableSet.contains(text)) {
            return null;
        }
        throw called ? unknownFunction(name) : unknownVariable(name);
    }

    private ExpressionException unknownFunction(Lexeme name) {
        String text = name.text();
        String start = "unknown function '" + text + "' at " + name.where();
        BuiltIn near = Suggestions.nearestBuiltIn(text);
        String factor = Suggestions.asFactorTimesFunction(text, variableSet);
        String advice;
        if (factor != null) {
            advice = "did you mean " + factor + "?";
        } else if (near != null) {
            advice = "did you mean " + near.text() + "?";
        } else if (discovered) {
            advice = "write " + text + "*(...) to multiply";
        } else {
            advice = "the functions are " + FUNCTION_LIST;
        }
        return ExpressionException.at(name.start(), start + ": " + advice);
    }

    private ExpressionException unknownVariable(Lexeme name) {
        String text = name.text();
        String start = "unknown variable '" + text + "' at " + name.where();
        Set<String> others = others(variableSet, text);
        String product = Suggestions.asProduct(text, others);
        String call = Suggestions.asCall(text, others, discovered);
        String advice;
        if (product != null) {
            advice = "did you mean " + product + "?";
        } else if (call != null && discovered) {
            advice = "did you mean " + call + "? (list the variables explicitly to keep '" + text + "' as a name)";
        } else if (call != null) {
            advice = "did you mean " + call + "?";
        } else {
            advice = "the variables are " + String.join(", ", variables);
        }
        return ExpressionException.at(name.start(), start + ": " + advice);
    }

    /** How a discovered name reads as something else ("x*y", "sin(x)"), or null when it is a fair variable name. */
    private static String runTogetherReading(String name, Set<String> others) {
        String product = Suggestions.asProduct(name, others);
        return product != null ? product : Suggestions.asCall(name, others, true);
    }

    private static Set<String> others(Set<String> names, String name) {
        Set<String> rest = new HashSet<>(names);
        rest.remove(name);
        return rest;
    }

    private static boolean isCalled(List<Lexeme> lexemes, int index) {
        return index + 1 < lexemes.size() && lexemes.get(index + 1).is(Lexeme.Kind.OPEN);
    }

    /** "sin(x)" for "sin x", using the next number or name as the argument when there is one. */
    private static String exampleCall(BuiltIn function, List<Lexeme> lexemes, int index) {
        if (function.arity() == 2) {
            return function.text() + "(a, b)";
        }
        boolean atomFollows = index + 1 < lexemes.size() && lexemes.get(index + 1).isAtom();
        return function.text() + "(" + (atomFollows ? lexemes.get(index + 1).text() : "x") + ")";
    }
}
