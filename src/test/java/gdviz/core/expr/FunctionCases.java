package gdviz.core.expr;

import static gdviz.core.expr.Trees.E;
import static gdviz.core.expr.Trees.PI;
import static gdviz.core.expr.Trees.X;
import static gdviz.core.expr.Trees.Y;
import static gdviz.core.expr.Trees.add;
import static gdviz.core.expr.Trees.call;
import static gdviz.core.expr.Trees.div;
import static gdviz.core.expr.Trees.mod;
import static gdviz.core.expr.Trees.mul;
import static gdviz.core.expr.Trees.n;
import static gdviz.core.expr.Trees.neg;
import static gdviz.core.expr.Trees.pow;
import static gdviz.core.expr.Trees.sub;
import static gdviz.core.expr.Trees.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Functions of x and y covering every operator, every built-in and the classic optimisation test functions. */
final class FunctionCases {

    static final String[] NAMES = {"x", "y"};

    /** A function and the square [low, high]² inside its domain where it is sampled. */
    record Case(String name, Node function, double low, double high) {
        /** {@code count} reproducible random points of the square. */
        List<double[]> points(int count) {
            Random random = new Random(name.hashCode());
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                points.add(new double[] {low + (high - low) * random.nextDouble(), low + (high - low) * random.nextDouble()});
            }
            return points;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private FunctionCases() {
    }

    static final Node ROSENBROCK = add(pow(sub(n(1), X), 2), mul(n(100), pow(sub(Y, pow(X, 2)), 2)));
    static final Node HIMMELBLAU = add(pow(sub(add(pow(X, 2), Y), n(11)), 2), pow(sub(add(X, pow(Y, 2)), n(7)), 2));
    static final Node BEALE = sum(pow(add(sub(n(1.5), X), mul(X, Y)), 2),
            pow(add(sub(n(2.25), X), mul(X, pow(Y, 2))), 2),
            pow(add(sub(n(2.625), X), mul(X, pow(Y, 3))), 2));
    static final Node BOOTH = add(pow(sub(add(X, mul(n(2), Y)), n(7)), 2), pow(sub(add(mul(n(2), X), Y), n(5)), 2));
    static final Node MATYAS = sub(mul(n(0.26), add(pow(X, 2), pow(Y, 2))), mul(n(0.48), mul(X, Y)));
    static final Node SIX_HUMP_CAMEL = sum(mul(add(sub(n(4), mul(n(2.1), pow(X, 2))), div(pow(X, 4), n(3))), pow(X, 2)),
            mul(X, Y), mul(add(n(-4), mul(n(4), pow(Y, 2))), pow(Y, 2)));
    static final Node RASTRIGIN = sub(add(sub(add(n(20), pow(X, 2)), mul(n(10), call(BuiltIn.COS, mul(mul(n(2), PI), X)))),
            pow(Y, 2)), mul(n(10), call(BuiltIn.COS, mul(mul(n(2), PI), Y))));
    static final Node MCCORMICK = sum(call(BuiltIn.SIN, add(X, Y)), pow(sub(X, Y), 2), neg(mul(n(1.5), X)),
            mul(n(2.5), Y), n(1));

    static Stream<Case> builtIns() {
        // Each built-in of x*y, so that both partials go through the chain rule; x*y lies in (0.04, 0.81),
        // inside every domain (asin, acos, log, sqrt).
        return Stream.of(BuiltIn.values()).map(f -> f == BuiltIn.POW
                ? new Case("pow(x, y)", call(f, X, Y), 0.2, 0.9)
                : new Case(f.text() + "(x*y)", call(f, mul(X, Y)), 0.2, 0.9));
    }

    static Stream<Case> operators() {
        return Stream.of(
                new Case("x + y", add(X, Y), -3, 3),
                new Case("x - y", sub(X, Y), -3, 3),
                new Case("x*y", mul(X, Y), -3, 3),
                new Case("x/y", div(X, Y), 0.5, 3),
                new Case("x % y", mod(mul(n(3), X), Y), 0.2, 0.9),
                new Case("x^y", pow(X, Y), 0.2, 3),
                new Case("-x*y", neg(mul(X, Y)), -3, 3),
                new Case("x^3*y", mul(pow(X, 3), Y), -3, 3),
                new Case("x^2.5 + y^-2", add(pow(X, 2.5), pow(Y, -2)), 0.2, 3),
                new Case("2^(x*y)", pow(n(2), mul(X, Y)), -2, 2),
                new Case("e^(x - y)", pow(E, sub(X, Y)), -2, 2),
                new Case("x^x*y", mul(pow(X, X), Y), 0.2, 2),
                new Case("pi*x/(y + 1)^2", div(mul(PI, X), pow(add(Y, n(1)), 2)), 0, 3),
                new Case("x^3/3 - y/7", sub(div(pow(X, 3), n(3)), div(Y, n(7))), -3, 3));
    }

    static Stream<Case> composites() {
        return Stream.of(
                new Case("Rosenbrock", ROSENBROCK, -2, 2),
                new Case("Himmelblau", HIMMELBLAU, -5, 5),
                new Case("Beale", BEALE, -4.5, 4.5),
                new Case("Booth", BOOTH, -10, 10),
                new Case("Matyas", MATYAS, -10, 10),
                new Case("six-hump camel", SIX_HUMP_CAMEL, -2, 2),
                new Case("Rastrigin", RASTRIGIN, -5.12, 5.12),
                new Case("McCormick", MCCORMICK, -1.5, 4),
                new Case("sin(x)*cos(y)", mul(call(BuiltIn.SIN, X), call(BuiltIn.COS, Y)), -3, 3),
                new Case("log(1 + x^2 + y^2)", call(BuiltIn.LOG, add(n(1), add(pow(X, 2), pow(Y, 2)))), -3, 3),
                new Case("exp(-(x^2 + y^2))*x", mul(call(BuiltIn.EXP, neg(add(pow(X, 2), pow(Y, 2)))), X), -2, 2));
    }

    static Stream<Case> all() {
        return Stream.of(builtIns(), operators(), composites()).flatMap(s -> s);
    }
}
