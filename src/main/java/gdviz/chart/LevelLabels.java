package gdviz.chart;

/**
 * The text of a map's level values, made once so that the colour bar and the iso-lines say the same thing.
 */
final class LevelLabels {

    private final String[] scale;

    /**
     * @param bands the map's bands
     * @param min   the smallest sampled value
     * @param max   the largest sampled value
     */
    LevelLabels(ContourBands bands, double min, double max) {
        int n = bands.levelCount();
        double[] values = new double[n + 2];
        values[0] = min;
        for (int k = 0; k < n; k++) {
            values[k + 1] = bands.level(k);
        }
        values[n + 1] = max;
        scale = CompactNumber.formatDistinct(values);
        // An end of the bar that reads the same as its neighbouring level would only repeat it.
        if (n > 0 && scale[0].equals(scale[1])) {
            scale[0] = "";
        }
        if (n > 0 && scale[n + 1].equals(scale[n])) {
            scale[n + 1] = "";
        }
    }

    /** The label of level k. */
    String level(int k) {
        return scale[k + 1];
    }

    /** The minimum, every level and the maximum, bottom to top of the colour bar; an end equal to its neighbour
     * level is blank. */
    String[] scale() {
        return scale.clone();
    }
}
