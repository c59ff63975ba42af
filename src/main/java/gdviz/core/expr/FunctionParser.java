package gdviz.core.expr;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.objecthunter.exp4j.shuntingyard.ShuntingYard;
import net.objecthunter.exp4j.tokenizer.Token;

/**
 * Reads a function typed in exp4j 0.4.8 syntax into a {@link ParsedFunction}.
 *
 * <p>Our own checks run first so that every mistake gets one clear line with its column; exp4j's
 * shunting yard then orders the pieces, and we build our own tree from its output. exp4j never
 * evaluates anything here.
 *
 * <p>Differences from exp4j, made for clarity: a name is never cut into shorter known names ("xy" is an
 * error suggesting x*y when x and y are variables; "sinx" suggests sin(x)); a built-in name must be
 * followed by parentheses; bracket pairs must match in kind; any kind of space separates, including the
 * no-break space that pasting brings; a tree deeper than {@value RpnTreeBuilder#MAX_DEPTH} levels is
 * refused.
 */
public final class FunctionParser {

    private FunctionParser() {
    }

    /**
     * Parses {@code text}, taking as variables every name that is not a built-in function or constant,
     * in alphabetical ({@link String#compareTo}) order.
     *
     * @param text the function, such as {@code x^2 + x*y + y^2}; not null
     * @throws ExpressionException when the text cannot be read, or has no variable (a constant such as
     *                             {@code 5} needs its variables listed explicitly)
     */
    public static ParsedFunction parse(String text) throws ExpressionException {
        Objects.requireNonNull(text, "text");
        return guarded(() -> {
            List<Lexeme> lexemes = lex(text);
            NameTable names = NameTable.discover(lexemes);
            Node root = read(text, lexemes, names);
            if (names.variables().isEmpty()) {
                throw ExpressionException.general("the function has no variable: use at least one, such as x,"
                        + " or give its variables explicitly");
            }
            return new ParsedFunction(text, names.variables(), root);
        });
    }

    /**
     * Parses {@code text} with the given variables, in the given order. Variables the text does not use
     * are allowed (their partial derivatives are 0), so {@code parse("5", List.of("x"))} is the constant 5.
     *
     * @param text      the function; not null
     * @param variables at least one name, no duplicates, none a built-in function or constant; not null
     * @throws ExpressionException when the text cannot be read, uses a name not in {@code variables}, or
     *                             the list itself is unusable
     */
    public static ParsedFunction parse(String text, List<String> variables) throws ExpressionException {
        Objects.requireNonNull(text, "text");
        List<String> given = List.copyOf(variables);
        return guarded(() -> {
            NameTable names = NameTable.explicit(given);
            return new ParsedFunction(text, names.variables(), read(text, lex(text), names));
        });
    }

    private interface Parsing {
        ParsedFunction run() throws ExpressionException;
    }

    /** Our checks should leave nothing for exp4j to reject; should one slip through, it is still one line. */
    private static ParsedFunction guarded(Parsing parsing) throws ExpressionException {
        try {
            return parsing.run();
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw ExpressionException.general("the function could not be read: "
                    + message.lines().findFirst().orElse("").trim());
        }
    }

    private static List<Lexeme> lex(String text) throws ExpressionException {
        List<Lexeme> lexemes = Lexer.split(text);
        if (lexemes.isEmpty()) {
            throw ExpressionException.general("the function is empty");
        }
        return lexemes;
    }

    private static Node read(String text, List<Lexeme> lexemes, NameTable names) throws ExpressionException {
        int[] operandStarts = SyntaxChecker.check(lexemes, names);
        Map<String, Integer> index = new HashMap<>();
        for (String variable : names.variables()) {
            index.put(variable, index.size());
        }
        Set<String> known = new HashSet<>(index.keySet());
        for (NamedConstant constant : NamedConstant.values()) {
            known.add(constant.text());
        }
        Token[] rpn = ShuntingYard.convertToRPN(Lexer.forExp4j(text), null, null, known, true);
        return RpnTreeBuilder.build(rpn, index, operandStarts);
    }
}
