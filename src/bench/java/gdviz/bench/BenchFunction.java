package gdviz.bench;

import gdviz.core.grid.Domain;
import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;

/**
 * The four functions the evaluator is measured on, each as the app's preset text and as hand-written Java, the
 * yardstick for what the compiled evaluator should come close to.
 */
enum BenchFunction {

    BOWL("Bowl") {
        @Override
        double value(double[] p) {
            double x = p[0];
            double y = p[1];
            return x * x + x * y + y * y;
        }

        @Override
        double valueAndGradient(double[] p, double[] g) {
            double x = p[0];
            double y = p[1];
            g[0] = 2 * x + y;
            g[1] = x + 2 * y;
            return x * x + x * y + y * y;
        }
    },
    ROSENBROCK("Rosenbrock") {
        @Override
        double value(double[] p) {
            double x = p[0];
            double a = 1 - x;
            double b = p[1] - x * x;
            return a * a + 100 * b * b;
        }

        @Override
        double valueAndGradient(double[] p, double[] g) {
            double x = p[0];
            double a = 1 - x;
            double b = p[1] - x * x;
            g[0] = -2 * a - 400 * x * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        }
    },
    HIMMELBLAU("Himmelblau") {
        @Override
        double value(double[] p) {
            double x = p[0];
            double y = p[1];
            double a = x * x + y - 11;
            double b = x + y * y - 7;
            return a * a + b * b;
        }

        @Override
        double valueAndGradient(double[] p, double[] g) {
            double x = p[0];
            double y = p[1];
            double a = x * x + y - 11;
            double b = x + y * y - 7;
            g[0] = 4 * x * a + 2 * b;
            g[1] = 2 * a + 4 * y * b;
            return a * a + b * b;
        }
    },
    RASTRIGIN("Rastrigin") {
        @Override
        double value(double[] p) {
            double x = p[0];
            double y = p[1];
            return 20 + x * x - 10 * Math.cos(TWO_PI * x) + y * y - 10 * Math.cos(TWO_PI * y);
        }

        @Override
        double valueAndGradient(double[] p, double[] g) {
            double x = p[0];
            double y = p[1];
            g[0] = 2 * x + 10 * TWO_PI * Math.sin(TWO_PI * x);
            g[1] = 2 * y + 10 * TWO_PI * Math.sin(TWO_PI * y);
            return 20 + x * x - 10 * Math.cos(TWO_PI * x) + y * y - 10 * Math.cos(TWO_PI * y);
        }
    };

    private static final double TWO_PI = 2 * Math.PI;

    private final Preset preset;

    BenchFunction(String presetName) {
        this.preset = Presets.all().stream().filter(p -> p.name().equals(presetName)).findFirst().orElseThrow();
    }

    /** The text a user would type, exactly the preset's. */
    String text() {
        return preset.expression();
    }

    /** The preset's region: the grid the throughput is measured over. */
    Domain domain() {
        return preset.domain();
    }

    /** The metric name suffix, e.g. rosenbrock. */
    String metricName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    abstract double value(double[] p);

    abstract double valueAndGradient(double[] p, double[] g);
}
