package gdviz.core.expr;

import java.util.Map;

/** The message for a character that has no meaning in a function, with a hint for the usual mix-ups. */
final class DisallowedCharacter {

    private static final Map<Character, String> HINTS = Map.ofEntries(
            Map.entry('=', "type only the right-hand side, such as x^2 + y^2"),
            Map.entry('!', "factorials are not supported"),
            Map.entry(';', "a function is a single expression"),
            Map.entry('\u00d7', "write * for a product"),
            Map.entry('\u00b7', "write * for a product"),
            Map.entry('\u00f7', "write / for a division"),
            Map.entry('\u2212', "write - for a minus"),
            Map.entry('\u00b2', "write ^2 for a square"),
            Map.entry('\u00b3', "write ^3 for a cube"),
            Map.entry('\u221a', "write sqrt(x) for a square root"));

    private static final String DEFAULT_HINT = "use numbers, names, + - * / % ^, parentheses and ','";

    private DisallowedCharacter() {
    }

    static String message(char c, int position) {
        return shown(c) + " at " + ExpressionException.column(position) + " is not allowed: "
                + HINTS.getOrDefault(c, DEFAULT_HINT);
    }

    /** The character quoted, or its code point when it would not print. */
    private static String shown(char c) {
        if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
            return String.format("character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }
}
