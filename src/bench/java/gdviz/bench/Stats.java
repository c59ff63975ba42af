package gdviz.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics of timing samples: medians and tails say more than means when the machine is shared. */
final class Stats {

    private Stats() {
    }

    /** The q-quantile (0..1) by the nearest-rank method; NaN for no samples. */
    static double quantile(List<Double> samples, double q) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double median(List<Double> samples) {
        return quantile(samples, 0.5);
    }

    static double p95(List<Double> samples) {
        return quantile(samples, 0.95);
    }
}
