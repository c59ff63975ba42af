package gdviz.ui.region;

import gdviz.core.DifferentiableFunction;
import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;

/**
 * Whether a function needs logarithmic colours to show its shape: when evenly spaced levels would paint most of
 * the region in the lowest band (Rosenbrock's valley, Beale's plateau), the interesting part is invisible.
 */
public final class ColourScaleAdvice {

    /** Samples per side of the quick look; enough to see the shape, cheap on the UI thread. */
    static final int SAMPLES = 41;
    /** The share of the region in the lowest of {@link #BANDS} even bands above which log colours are advised. */
    static final double CROWDED_SHARE = 0.4;
    static final int BANDS = 15;

    private ColourScaleAdvice() {
    }

    /**
     * @param function a function of two variables
     * @param region   where it is shown
     */
    public static boolean prefersLogColours(DifferentiableFunction function, Domain region) {
        SampledGrid grid = SampledGrid.sample(function, region, SAMPLES, SAMPLES);
        if (!(grid.max() > grid.min())) {
            return false;
        }
        double lowestBandTop = grid.min() + (grid.max() - grid.min()) / BANDS;
        long finite = 0;
        long low = 0;
        for (int j = 0; j < SAMPLES; j++) {
            for (int i = 0; i < SAMPLES; i++) {
                double v = grid.value(i, j);
                if (Double.isFinite(v)) {
                    finite++;
                    low += v < lowestBandTop ? 1 : 0;
                }
            }
        }
        return low > CROWDED_SHARE * finite;
    }
}
