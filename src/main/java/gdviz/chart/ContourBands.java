package gdviz.chart;

import gdviz.core.grid.ContourLevels;

/**
 * The bands between ascending contour levels and their colours: band k lies between level k − 1 and level k
 * (band 0 below the first level, the last band above the last level) and takes the colour map's colour at
 * (k + ½) / (bands), so the first and last bands do not sit on the extreme ends of the scale.
 */
final class ContourBands {

    private final double[] levels;
    private final int[] argb;

    /**
     * @param levels finite, strictly ascending; may be empty (one band); copied
     */
    ContourBands(double[] levels, ColourMap colours) {
        this.levels = ContourLevels.requireAscending(levels.clone());
        this.argb = new int[levels.length + 1];
        for (int k = 0; k < argb.length; k++) {
            argb[k] = colours.argb((k + 0.5) / argb.length);
        }
    }

    int count() {
        return argb.length;
    }

    /** The band holding {@code value}: the number of levels at or below it. */
    int bandOf(double value) {
        return ContourLevels.band(levels, value);
    }

    int argb(int band) {
        return argb[band];
    }

    double level(int k) {
        return levels[k];
    }

    /** A copy of the levels. */
    double[] levels() {
        return levels.clone();
    }

    int levelCount() {
        return levels.length;
    }
}
