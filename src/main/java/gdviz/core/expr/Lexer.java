package gdviz.core.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a function text into {@link Lexeme}s exactly where exp4j 0.4.8 cuts it, so that every later
 * check speaks about the pieces exp4j will see, and rejects characters exp4j cannot read.
 */
final class Lexer {

    private static final String OPERATORS = "+-*/%^";
    private static final String OPENING = "([{";
    private static final String CLOSING = ")]}";
    /**
     * exp4j tries every prefix of a name against the known names, which costs the square of its length;
     * no one types a longer name, and a pasted 100 kB one would freeze the window.
     */
    static final int MAX_NAME_LENGTH = 100;

    private final String text;
    private final List<Lexeme> lexemes = new ArrayList<>();
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    /** The pieces of {@code text}, whitespace dropped; throws for a character or number exp4j cannot read. */
    static List<Lexeme> split(String text) throws ExpressionException {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return List.copyOf(lexer.lexemes);
    }

    private void run() throws ExpressionException {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isSpace(c)) {
                pos++;
            } else if (Character.isDigit(c) || c == '.') {
                number();
            } else if (Names.isStart(c)) {
                name();
            } else if (OPERATORS.indexOf(c) >= 0) {
                single(Lexeme.Kind.OPERATOR);
            } else if (OPENING.indexOf(c) >= 0) {
                single(Lexeme.Kind.OPEN);
            } else if (CLOSING.indexOf(c) >= 0) {
                single(Lexeme.Kind.CLOSE);
            } else if (c == ',') {
                single(Lexeme.Kind.COMMA);
            } else {
                throw ExpressionException.at(pos, DisallowedCharacter.message(text.codePointAt(pos), pos));
            }
        }
    }

    /**
     * {@code text} as exp4j should see it: every space character exp4j does not skip (such as the no-break
     * space that pasting from a web page brings) becomes a plain space, and adjacent operators are set apart
     * by a space. exp4j reads a run of operator characters by trying ever shorter prefixes of the whole run,
     * which takes the cube of its length, so 10,000 minus signs would take minutes; apart, each is read alone,
     * exactly as it would have been. Only for exp4j: positions in the result do not match {@code text}.
     */
    static String forExp4j(String text) {
        StringBuilder plain = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            plain.append(isSpace(c) ? ' ' : c);
            if (OPERATORS.indexOf(c) >= 0 && i + 1 < text.length() && OPERATORS.indexOf(text.charAt(i + 1)) >= 0) {
                plain.append(' ');
            }
        }
        return plain.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private void single(Lexeme.Kind kind) {
        lexemes.add(new Lexeme(kind, text.substring(pos, pos + 1), pos));
        pos++;
    }

    private void name() throws ExpressionException {
        int start = pos;
        pos++;
        while (pos < text.length() && Names.isPart(text.charAt(pos))) {
            pos++;
        }
        if (pos - start > MAX_NAME_LENGTH) {
            throw ExpressionException.at(start, "the name at " + ExpressionException.column(start) + " is too long ("
                    + (pos - start) + " characters): a name has at most " + MAX_NAME_LENGTH);
        }
        lexemes.add(new Lexeme(Lexeme.Kind.NAME, text.substring(start, pos), start));
    }

    /**
     * exp4j takes digits, '.', 'e' and 'E' greedily, a sign only right after an 'e', and gives back one
     * trailing 'e' (so "2e" is 2 times e). Whatever it took must then parse as a double.
     */
    private void number() throws ExpressionException {
        int start = pos;
        pos++;
        while (pos < text.length() && isNumberPart(text.charAt(pos), text.charAt(pos - 1))) {
            pos++;
        }
        char last = text.charAt(pos - 1);
        if (pos - start > 1 && (last == 'e' || last == 'E')) {
            pos--;
        }
        String number = text.substring(start, pos);
        try {
            Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw ExpressionException.at(start, "malformed number '" + number + "' at " + ExpressionException.column(start)
                    + ": " + malformation(number));
        }
        lexemes.add(new Lexeme(Lexeme.Kind.NUMBER, number, start));
    }

    private static String malformation(String number) {
        if (number.indexOf('.') != number.lastIndexOf('.')) {
            return "a number has at most one '.'";
        }
        if (number.indexOf('e') >= 0 || number.indexOf('E') >= 0) {
            return "an exponent needs digits, as in 1e-3";
        }
        return "a number needs a digit";
    }

    private static boolean isNumberPart(char c, char previous) {
        boolean afterE = previous == 'e' || previous == 'E';
        return Character.isDigit(c) || c == '.' || c == 'e' || c == 'E' || (afterE && (c == '-' || c == '+'));
    }
}
