package gdviz.core.descent;

import java.util.Map;

/**
 * The state of {@link Momentum} and {@link Nesterov}: the velocity b of {@code torch.optim.SGD}.
 *
 * <p>With dampening 0, PyTorch documents b_1 = g_1 and b_t = μ·b_(t−1) + g_t. Plain momentum steps along b_t;
 * Nesterov steps along g_t + μ·b_t. Either way w_t = w_(t−1) − α·direction: the rate multiplies the whole
 * direction, not each gradient as it enters the velocity (the form of Sutskever et al.).
 */
final class MomentumStepper implements Stepper {

    private final double momentum;
    private final boolean nesterov;
    private final double[] velocity;
    private boolean started;

    MomentumStepper(double momentum, boolean nesterov, int dimension) {
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.velocity = new double[Dimension.require(dimension)];
    }

    @Override
    public void step(double[] point, double[] gradient, double rate, double[] next) {
        for (int i = 0; i < point.length; i++) {
            double b = started ? momentum * velocity[i] + gradient[i] : gradient[i];
            velocity[i] = b;
            double direction = nesterov ? gradient[i] + momentum * b : b;
            next[i] = point[i] - rate * direction;
        }
        started = true;
    }

    @Override
    public Map<StateQuantity, double[]> state() {
        return Map.of(StateQuantity.VELOCITY, velocity.clone());
    }
}
