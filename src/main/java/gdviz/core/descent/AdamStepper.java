package gdviz.core.descent;

import java.util.Map;

/** The state of one {@link Adam} run: the averages m and v of the gradients and of their squares, and t. */
final class AdamStepper implements Stepper {

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double[] first;
    private final double[] second;
    private long t;

    AdamStepper(Adam rule, int dimension) {
        beta1 = rule.beta1();
        beta2 = rule.beta2();
        eps = rule.eps();
        first = new double[dimension];
        second = new double[dimension];
    }

    @Override
    public void step(double[] point, double[] gradient, double rate, double[] next) {
        t++;
        // The same quantity arranged as PyTorch evaluates it: lr/(1 − β1^t) times m over
        // √v/√(1 − β2^t) + ε, which is lr·m̂/(√v̂ + ε).
        double stepSize = rate / (1 - Math.pow(beta1, t));
        double secondCorrection = Math.sqrt(1 - Math.pow(beta2, t));
        for (int i = 0; i < first.length; i++) {
            double g = gradient[i];
            first[i] = beta1 * first[i] + (1 - beta1) * g;
            second[i] = beta2 * second[i] + (1 - beta2) * g * g;
            next[i] = point[i] - stepSize * first[i] / (Math.sqrt(second[i]) / secondCorrection + eps);
        }
    }

    /** m, v and, once a step is taken, m̂ and v̂ of that step. */
    @Override
    public Map<StateQuantity, double[]> state() {
        if (t == 0) {
            return Map.of(StateQuantity.FIRST_MOMENT, first.clone(), StateQuantity.SECOND_MOMENT, second.clone());
        }
        return Map.of(StateQuantity.FIRST_MOMENT, first.clone(), StateQuantity.SECOND_MOMENT, second.clone(),
                StateQuantity.CORRECTED_FIRST, divided(first, 1 - Math.pow(beta1, t)),
                StateQuantity.CORRECTED_SECOND, divided(second, 1 - Math.pow(beta2, t)));
    }

    private static double[] divided(double[] values, double by) {
        double[] result = new double[values.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = values[i] / by;
        }
        return result;
    }
}
