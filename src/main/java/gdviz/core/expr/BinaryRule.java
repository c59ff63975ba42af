package gdviz.core.expr;

/**
 * The calculus of every operator (and of {@code pow}, which is {@code ^}), in one place: the value
 * f(a, b) and its first and second partial derivatives. Values are Java's: IEEE 754, never an
 * exception, {@code %} as Java's remainder (the same as exp4j), {@code ^} as {@link Math#pow} except that
 * the exponents 2, 3 and 4 multiply out (exact for 2, within an ulp of Math.pow for 3 and 4).
 *
 * <p>Conventions: {@code a % b = a - b*trunc(a/b)} has ∂/∂a = 1 and ∂/∂b = -trunc(a/b), treating the
 * truncation as locally constant, and no second derivatives. For {@code a^b} the factors b and b(b-1)
 * that are 0 win over an infinite power, so {@code x^1} and {@code x^0} differentiate cleanly at 0;
 * ∂/∂b needs ln(a) and is NaN for a &lt; 0, where a^b has no real derivative in b.
 */
enum BinaryRule {
    ADD {
        double value(double a, double b) { return a + b; }
        double da(double a, double b) { return 1; }
        double db(double a, double b) { return 1; }
    },
    SUBTRACT {
        double value(double a, double b) { return a - b; }
        double da(double a, double b) { return 1; }
        double db(double a, double b) { return -1; }
    },
    MULTIPLY {
        double value(double a, double b) { return a * b; }
        double da(double a, double b) { return b; }
        double db(double a, double b) { return a; }
        double dab(double a, double b) { return 1; }
    },
    DIVIDE {
        double value(double a, double b) { return a / b; }
        double da(double a, double b) { return 1 / b; }
        double db(double a, double b) { return -a / (b * b); }
        double dab(double a, double b) { return -1 / (b * b); }
        double dbb(double a, double b) { return 2 * a / (b * b * b); }
    },
    MODULO {
        double value(double a, double b) { return a % b; }
        double da(double a, double b) { return 1; }
        double db(double a, double b) { double q = a / b; return -(q < 0 ? Math.ceil(q) : Math.floor(q)); }
    },
    POWER {
        double value(double a, double b) { return power(a, b); }
        double da(double a, double b) { return b == 0 ? 0 : b * power(a, b - 1); }
        double db(double a, double b) { double p = power(a, b); return p == 0 ? 0 : Math.log(a) * p; }
        double daa(double a, double b) { double c = b * (b - 1); return c == 0 ? 0 : c * power(a, b - 2); }
        double dab(double a, double b) { return b == 0 ? 1 / a : power(a, b - 1) * (1 + b * Math.log(a)); }
        double dbb(double a, double b) { double p = power(a, b); double l = Math.log(a); return p == 0 ? 0 : l * l * p; }
    };

    abstract double value(double a, double b);

    abstract double da(double a, double b);

    abstract double db(double a, double b);

    double daa(double a, double b) {
        return 0;
    }

    double dab(double a, double b) {
        return 0;
    }

    double dbb(double a, double b) {
        return 0;
    }

    /**
     * {@code a^b}; the small whole exponents multiply, which the compiled code folds when b is a constant.
     * Exponents 0 and 1 give what Math.pow specifies for them (1 and a, NaN included) without its cost,
     * which matters because the derivative of x^2 is 2·x^1.
     */
    static double power(double a, double b) {
        if (b == 1) {
            return a;
        }
        if (b == 0) {
            return 1;
        }
        if (b == 2) {
            return a * a;
        }
        if (b == 3) {
            return a * a * a;
        }
        if (b == 4) {
            double square = a * a;
            return square * square;
        }
        return Math.pow(a, b);
    }

    /** The rule for an operator. */
    static BinaryRule of(Operator operator) {
        return valueOf(operator.name());
    }
}
