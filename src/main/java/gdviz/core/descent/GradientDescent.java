package gdviz.core.descent;

/** Plain gradient descent: w ← w − α·∇f(w). It keeps no state between steps. */
public final class GradientDescent implements UpdateRule {

    @Override
    public Stepper start(int dimension) {
        Dimension.require(dimension);
        return (point, gradient, rate, next) -> {
            for (int i = 0; i < point.length; i++) {
                next[i] = point[i] - rate * gradient[i];
            }
        };
    }

    @Override
    public String name() {
        return "Gradient descent";
    }

    @Override
    public String toString() {
        return name();
    }
}
