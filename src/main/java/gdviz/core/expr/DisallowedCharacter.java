package gdviz.core.expr;

import java.util.Map;

/** The message for a character that has no meaning in a function, with a hint for the usual mix-ups. */
final class DisallowedCharacter {

    private static final Map<Integer, String> HINTS = Map.ofEntries(
            Map.entry((int) '=', "type only the right-hand side, such as x^2 + y^2"),
            Map.entry((int) '!', "factorials are not supported"),
            Map.entry((int) ';', "a function is a single expression"),
            Map.entry(0x00d7, "write * for a product"),
            Map.entry(0x00b7, "write * for a product"),
            Map.entry(0x00f7, "write / for a division"),
            Map.entry(0x2212, "write - for a minus"),
            Map.entry(0x00b2, "write ^2 for a square"),
            Map.entry(0x00b3, "write ^3 for a cube"),
            Map.entry(0x221a, "write sqrt(x) for a square root"));

    private static final String DEFAULT_HINT = "use numbers, names, + - * / % ^, parentheses and ','";

    private DisallowedCharacter() {
    }

    /** @param c the code point found at {@code position} */
    static String message(int c, int position) {
        return shown(c) + " at " + ExpressionException.column(position) + " is not allowed: "
                + HINTS.getOrDefault(c, DEFAULT_HINT);
    }

    /** The character quoted, or its code point when it would not print or not show clearly. */
    private static String shown(int c) {
        if (Character.isISOControl(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || Character.isSupplementaryCodePoint(c) || Character.isSurrogate((char) c)) {
            return String.format("character U+%04X", c);
        }
        return "'" + Character.toString(c) + "'";
    }
}
