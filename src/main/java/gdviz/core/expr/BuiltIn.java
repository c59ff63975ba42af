package gdviz.core.expr;

/** The built-in functions of exp4j 0.4.8, by the names users type. */
public enum BuiltIn {
    SIN("sin"), COS("cos"), TAN("tan"), COT("cot"),
    ASIN("asin"), ACOS("acos"), ATAN("atan"),
    SINH("sinh"), COSH("cosh"), TANH("tanh"),
    LOG("log"), LOG2("log2"), LOG10("log10"), LOG1P("log1p"),
    EXP("exp"), EXPM1("expm1"),
    SQRT("sqrt"), CBRT("cbrt"),
    ABS("abs"), SIGNUM("signum"), FLOOR("floor"), CEIL("ceil"),
    POW("pow", 2);

    private final String text;
    private final int arity;

    BuiltIn(String text) {
        this(text, 1);
    }

    BuiltIn(String text, int arity) {
        this.text = text;
        this.arity = arity;
    }

    /** The name as typed, e.g. {@code "sin"}. */
    public String text() {
        return text;
    }

    /** The number of arguments. */
    public int arity() {
        return arity;
    }

    /** The function named {@code text}, or null. */
    public static BuiltIn of(String text) {
        for (BuiltIn f : values()) {
            if (f.text.equals(text)) {
                return f;
            }
        }
        return null;
    }
}
