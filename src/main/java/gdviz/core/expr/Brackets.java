package gdviz.core.expr;

/** The three bracket pairs exp4j accepts as parentheses. */
final class Brackets {

    private Brackets() {
    }

    /** The closing bracket for {@code open}, one of '(', '[', '{'. */
    static char closing(char open) {
        return switch (open) {
            case '[' -> ']';
            case '{' -> '}';
            default -> ')';
        };
    }
}
