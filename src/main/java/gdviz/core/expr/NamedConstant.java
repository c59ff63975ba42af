package gdviz.core.expr;

/** The constants exp4j knows by name. */
public enum NamedConstant {
    PI("pi", Math.PI),
    PI_SYMBOL("\u03c0", Math.PI),
    E("e", Math.E),
    PHI("\u03c6", 1.61803398874);

    private final String text;
    private final double value;

    NamedConstant(String text, double value) {
        this.text = text;
        this.value = value;
    }

    public String text() {
        return text;
    }

    public double value() {
        return value;
    }

    /** The constant spelled {@code text}, or null. */
    public static NamedConstant of(String text) {
        for (NamedConstant c : values()) {
            if (c.text.equals(text)) {
                return c;
            }
        }
        return null;
    }
}
