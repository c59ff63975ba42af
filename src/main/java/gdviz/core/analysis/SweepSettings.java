package gdviz.core.analysis;

import gdviz.core.descent.DescentSettings;

/**
 * Which learning rates a sweep tries and how long each run may take.
 *
 * @param lowestRate    the first rate; positive and finite
 * @param highestRate   the last rate; finite and above {@code lowestRate}
 * @param rateCount     how many rates, spaced evenly on a log scale from lowest to highest; at least 2
 * @param maxIterations the iteration limit of each run; 0 or more
 * @param tolerance     each run converges once |∇f| ≤ tolerance; 0 or more and finite
 */
public record SweepSettings(double lowestRate, double highestRate, int rateCount, int maxIterations,
                            double tolerance) {

    /** The first rate of {@link #defaults()}. */
    public static final double DEFAULT_LOWEST_RATE = 1e-4;

    /** The last rate of {@link #defaults()}. */
    public static final double DEFAULT_HIGHEST_RATE = 10;

    /** About 15 rates per factor of ten over the default range: smooth curves, quick to compute. */
    public static final int DEFAULT_RATE_COUNT = 60;

    /** How far {@link #centredOn(double)} reaches either side of its centre, as a factor. */
    public static final double CENTRED_SPAN = 100;

    /** @throws IllegalArgumentException naming the first value out of range */
    public SweepSettings {
        if (!(lowestRate > 0) || Double.isInfinite(lowestRate)) {
            throw new IllegalArgumentException("the lowest rate must be a positive finite number, got " + lowestRate);
        }
        if (!(highestRate > lowestRate) || Double.isInfinite(highestRate)) {
            throw new IllegalArgumentException("the highest rate must be finite and above the lowest rate "
                    + lowestRate + ", got " + highestRate);
        }
        if (rateCount < 2) {
            throw new IllegalArgumentException("a sweep needs at least 2 rates, got " + rateCount);
        }
        // The remaining checks, with their messages, are those of a single run.
        new DescentSettings(lowestRate, maxIterations, tolerance);
    }

    /** 60 rates from 1e-4 to 10 with the default iteration limit and tolerance of a run. */
    public static SweepSettings defaults() {
        return new SweepSettings(DEFAULT_LOWEST_RATE, DEFAULT_HIGHEST_RATE, DEFAULT_RATE_COUNT,
                DescentSettings.DEFAULT_MAX_ITERATIONS, DescentSettings.DEFAULT_TOLERANCE);
    }

    /**
     * 60 rates from centre/100 to centre·100, so a stability limit at the centre sits in the middle of a log
     * axis with slow convergence to its left and blow-up to its right.
     *
     * @param centre positive and finite, such as {@link StabilityAnalysis#maxStableRate()}
     */
    public static SweepSettings centredOn(double centre) {
        return new SweepSettings(centre / CENTRED_SPAN, centre * CENTRED_SPAN, DEFAULT_RATE_COUNT,
                DescentSettings.DEFAULT_MAX_ITERATIONS, DescentSettings.DEFAULT_TOLERANCE);
    }

    /**
     * Rates {@linkplain #centredOn(double) centred on} a stability limit when there is one, else the
     * {@linkplain #defaults() defaults}.
     *
     * @param limit such as {@code RateMarks.atStart(f, start).analysis().maxStableRate()}
     */
    public static SweepSettings around(CriticalRate limit) {
        return limit.isPresent() && Double.isFinite(limit.value()) ? centredOn(limit.value()) : defaults();
    }

    /** The rates, ascending; the first and last are exactly {@code lowestRate} and {@code highestRate}. */
    public double[] rates() {
        double[] rates = new double[rateCount];
        double logLow = Math.log(lowestRate);
        double logSpan = Math.log(highestRate) - logLow;
        for (int k = 0; k < rateCount; k++) {
            rates[k] = Math.exp(logLow + logSpan * k / (rateCount - 1));
        }
        rates[0] = lowestRate;
        rates[rateCount - 1] = highestRate;
        return rates;
    }

    /** The settings of the run at one rate. */
    DescentSettings runSettings(double rate) {
        return new DescentSettings(rate, maxIterations, tolerance);
    }
}
