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
     * {@code text} with every space character exp4j does not skip (such as the no-break space that
     * pasting from a web page brings) replaced by a plain space; same length, so positions hold.
     */
    static String withPlainSpaces(String text) {
        StringBuilder plain = new StringBuilder(text);
        for (int i = 0; i < plain.length(); i++) {
            if (isSpace(plain.charAt(i))) {
                plain.setCharAt(i, ' ');
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

    private void name() {
        int start = pos;
        pos++;
        while (pos < text.length() && Names.isPart(text.charAt(pos))) {
            pos++;
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
