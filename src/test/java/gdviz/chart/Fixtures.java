package gdviz.chart;

import gdviz.core.DifferentiableFunction;
import java.util.List;

/** Hand-written functions with exact derivatives, standing in for parsed expressions. */
final class Fixtures {

    private Fixtures() {
    }

    /** The parts every fixture shares: its variables and the Hessian call built on the gradient call. */
    abstract static class Fixture implements DifferentiableFunction {
        private final List<String> variables;

        Fixture(String... variables) {
            this.variables = List.of(variables);
        }

        @Override
        public final List<String> variables() {
            return variables;
        }

        @Override
        public final double valueGradientHessian(double[] p, double[] g, double[] h) {
            hessian(p, h);
            return valueAndGradient(p, g);
        }

        /** Fills the row-major Hessian at {@code p}. */
        abstract void hessian(double[] p, double[] h);
    }

    /** f(x, y) = x² + xy + y², the teaching texts' bowl with its minimum 0 at the origin. */
    static final class Bowl extends Fixture {
        Bowl() {
            super("x", "y");
        }

        @Override
        public double value(double... p) {
            return p[0] * p[0] + p[0] * p[1] + p[1] * p[1];
        }

        @Override
        public double valueAndGradient(double[] p, double[] g) {
            g[0] = 2 * p[0] + p[1];
            g[1] = p[0] + 2 * p[1];
            return value(p);
        }

        @Override
        void hessian(double[] p, double[] h) {
            System.arraycopy(new double[] {2, 1, 1, 2}, 0, h, 0, 4);
        }
    }

    /** f(x, y) = log(x) + y², undefined (NaN, or −∞ at x = 0) for x ≤ 0. */
    static final class LogValley extends Fixture {
        LogValley() {
            super("x", "y");
        }

        @Override
        public double value(double... p) {
            return Math.log(p[0]) + p[1] * p[1];
        }

        @Override
        public double valueAndGradient(double[] p, double[] g) {
            g[0] = p[0] > 0 ? 1 / p[0] : Double.NaN;
            g[1] = 2 * p[1];
            return value(p);
        }

        @Override
        void hessian(double[] p, double[] h) {
            double hxx = p[0] > 0 ? -1 / (p[0] * p[0]) : Double.NaN;
            System.arraycopy(new double[] {hxx, 0, 0, 2}, 0, h, 0, 4);
        }
    }

    /** f(w) = w², the teaching texts' one-variable example. */
    static final class Parabola extends Fixture {
        Parabola() {
            super("w");
        }

        @Override
        public double value(double... p) {
            return p[0] * p[0];
        }

        @Override
        public double valueAndGradient(double[] p, double[] g) {
            g[0] = 2 * p[0];
            return value(p);
        }

        @Override
        void hessian(double[] p, double[] h) {
            h[0] = 2;
        }
    }

    /** f(w) = log(w), undefined for w ≤ 0. */
    static final class LogCurve extends Fixture {
        LogCurve() {
            super("w");
        }

        @Override
        public double value(double... p) {
            return Math.log(p[0]);
        }

        @Override
        public double valueAndGradient(double[] p, double[] g) {
            g[0] = 1 / p[0];
            return value(p);
        }

        @Override
        void hessian(double[] p, double[] h) {
            h[0] = -1 / (p[0] * p[0]);
        }
    }
}
