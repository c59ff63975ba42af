package gdviz.core.expr;

/** What counts as a name in a function text: the same characters exp4j accepts. */
final class Names {

    private Names() {
    }

    static boolean isStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    static boolean isPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    /** Whether {@code text} is one whole name: a letter or '_', then letters, digits, '_' or '.'. */
    static boolean isName(String text) {
        if (text.isEmpty() || !isStart(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!isPart(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name} means something built in: a function or a constant. */
    static boolean isReserved(String name) {
        return BuiltIn.of(name) != null || NamedConstant.of(name) != null;
    }
}
