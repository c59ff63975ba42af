package gdviz.core.descent;

/** The engine's reusable view of the current row: no copying and no allocation per step. */
final class LiveStep implements Step {

    private final int dimension;
    private int iteration;
    private double[] point;
    private double value;
    private double[] gradient;
    private double gradientNorm;
    private double stepLength;

    LiveStep(int dimension) {
        this.dimension = dimension;
    }

    void show(int iteration, double[] point, double value, double[] gradient, double gradientNorm,
            double stepLength) {
        this.iteration = iteration;
        this.point = point;
        this.value = value;
        this.gradient = gradient;
        this.gradientNorm = gradientNorm;
        this.stepLength = stepLength;
    }

    @Override
    public int iteration() {
        return iteration;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double coordinate(int variable) {
        return point[variable];
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public double partial(int variable) {
        return gradient[variable];
    }

    @Override
    public double gradientNorm() {
        return gradientNorm;
    }

    @Override
    public double stepLength() {
        return stepLength;
    }
}
