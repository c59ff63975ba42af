package gdviz.core.expr;

/**
 * The calculus of every one-argument built-in, in one place: its value f(u), first derivative f'(u) and
 * second derivative f''(u). Values follow exp4j 0.4.8 except where exp4j throws (cot at a multiple of
 * pi gives ±Infinity here) and {@code signum(NaN)}, which is NaN here.
 *
 * <p>Conventions where a derivative does not exist:
 * <ul>
 *   <li>abs: f'(u) = signum(u), so 0 at the kink; f'' = 0 everywhere, the kink included.</li>
 *   <li>floor, ceil, signum: piecewise constant, so f' = f'' = 0, also at a jump (the one-sided value).</li>
 *   <li>sqrt and cbrt at 0, asin and acos at ±1: the derivative is infinite and IEEE arithmetic gives
 *       ±Infinity (or NaN where the two sides disagree in sign).</li>
 *   <li>Outside a function's domain, where its value is NaN, its derivatives are NaN too (see
 *       {@link JetWork}).</li>
 * </ul>
 * The compiled value code calls {@link #value} directly, so values and derivatives share one definition.
 */
enum UnaryRule {
    SIN {
        double value(double u) { return Math.sin(u); }
        double first(double u) { return Math.cos(u); }
        double second(double u) { return -Math.sin(u); }
    },
    COS {
        double value(double u) { return Math.cos(u); }
        double first(double u) { return -Math.sin(u); }
        double second(double u) { return -Math.cos(u); }
    },
    TAN {
        double value(double u) { return Math.tan(u); }
        double first(double u) { double t = Math.tan(u); return 1 + t * t; }
        double second(double u) { double t = Math.tan(u); return 2 * t * (1 + t * t); }
    },
    COT {
        double value(double u) { return 1 / Math.tan(u); }
        double first(double u) { double c = 1 / Math.tan(u); return -(1 + c * c); }
        double second(double u) { double c = 1 / Math.tan(u); return 2 * c * (1 + c * c); }
    },
    ASIN {
        double value(double u) { return Math.asin(u); }
        double first(double u) { return 1 / Math.sqrt(1 - u * u); }
        double second(double u) { double s = 1 - u * u; return u / (s * Math.sqrt(s)); }
    },
    ACOS {
        double value(double u) { return Math.acos(u); }
        double first(double u) { return -1 / Math.sqrt(1 - u * u); }
        double second(double u) { double s = 1 - u * u; return -u / (s * Math.sqrt(s)); }
    },
    ATAN {
        double value(double u) { return Math.atan(u); }
        double first(double u) { return 1 / (1 + u * u); }
        double second(double u) { double s = 1 + u * u; return -2 * u / (s * s); }
    },
    SINH {
        double value(double u) { return Math.sinh(u); }
        double first(double u) { return Math.cosh(u); }
        double second(double u) { return Math.sinh(u); }
    },
    COSH {
        double value(double u) { return Math.cosh(u); }
        double first(double u) { return Math.sinh(u); }
        double second(double u) { return Math.cosh(u); }
    },
    TANH {
        double value(double u) { return Math.tanh(u); }
        double first(double u) { double t = Math.tanh(u); return 1 - t * t; }
        double second(double u) { double t = Math.tanh(u); return -2 * t * (1 - t * t); }
    },
    LOG {
        double value(double u) { return Math.log(u); }
        double first(double u) { return 1 / u; }
        double second(double u) { return -1 / (u * u); }
    },
    LOG2 {
        // exp4j's definition, kept so values match it to the last bit
        double value(double u) { return Math.log(u) / Math.log(2); }
        double first(double u) { return 1 / (u * LN_2); }
        double second(double u) { return -1 / (u * u * LN_2); }
    },
    LOG10 {
        double value(double u) { return Math.log10(u); }
        double first(double u) { return 1 / (u * LN_10); }
        double second(double u) { return -1 / (u * u * LN_10); }
    },
    LOG1P {
        double value(double u) { return Math.log1p(u); }
        double first(double u) { return 1 / (1 + u); }
        double second(double u) { return -1 / ((1 + u) * (1 + u)); }
    },
    EXP {
        double value(double u) { return Math.exp(u); }
        double first(double u) { return Math.exp(u); }
        double second(double u) { return Math.exp(u); }
    },
    EXPM1 {
        double value(double u) { return Math.expm1(u); }
        double first(double u) { return Math.exp(u); }
        double second(double u) { return Math.exp(u); }
    },
    SQRT {
        double value(double u) { return Math.sqrt(u); }
        double first(double u) { return 0.5 / Math.sqrt(u); }
        double second(double u) { return -0.25 / (u * Math.sqrt(u)); }
    },
    CBRT {
        double value(double u) { return Math.cbrt(u); }
        double first(double u) { double c = Math.cbrt(u); return 1 / (3 * c * c); }
        double second(double u) { double c = Math.cbrt(u); return -2 / (9 * u * c * c); }
    },
    ABS {
        double value(double u) { return Math.abs(u); }
        double first(double u) { return Math.signum(u); }
        double second(double u) { return 0; }
    },
    SIGNUM {
        double value(double u) { return Math.signum(u); }
        double first(double u) { return 0; }
        double second(double u) { return 0; }
    },
    FLOOR {
        double value(double u) { return Math.floor(u); }
        double first(double u) { return 0; }
        double second(double u) { return 0; }
    },
    CEIL {
        double value(double u) { return Math.ceil(u); }
        double first(double u) { return 0; }
        double second(double u) { return 0; }
    };

    private static final double LN_2 = Math.log(2);
    private static final double LN_10 = Math.log(10);

    abstract double value(double u);

    abstract double first(double u);

    abstract double second(double u);

    /** The rule for a one-argument built-in. */
    static UnaryRule of(BuiltIn function) {
        if (function.arity() != 1) {
            throw new IllegalArgumentException(function.text() + " takes " + function.arity() + " arguments");
        }
        return valueOf(function.name());
    }
}
