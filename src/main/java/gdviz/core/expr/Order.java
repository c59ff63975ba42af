package gdviz.core.expr;

/** How many derivatives a run of the {@link Tape} carries along with the values. */
enum Order {
    VALUE, GRADIENT, HESSIAN;

    /** Doubles per slot for {@code n} variables: value, then gradient, then the upper triangle of the Hessian. */
    int stride(int n) {
        return switch (this) {
            case VALUE -> 1;
            case GRADIENT -> 1 + n;
            case HESSIAN -> 1 + n + n * (n + 1) / 2;
        };
    }
}
