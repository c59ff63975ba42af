package gdviz.core.grid;

import java.util.stream.IntStream;

/**
 * For each sample of a grid, the band between contour levels it lies in: the number of levels at or below it.
 *
 * <p>Worked out once per map and read twice: the filled bands are coloured by it, and marching squares reads
 * from it which levels cross a cell (those from the lowest corner's band up to, not including, the highest
 * corner's), comparing small integers instead of searching the levels again for every cell.
 */
public final class LevelBands {

    /** The band of a NaN or infinite sample: no band, f is undefined there. */
    public static final int UNDEFINED = -1;

    private final SampledGrid grid;
    private final double[] levels;
    private final short[] bands;

    private LevelBands(SampledGrid grid, double[] levels, short[] bands) {
        this.grid = grid;
        this.levels = levels;
        this.bands = bands;
    }

    /**
     * The bands of every sample of {@code grid}, rows in parallel.
     *
     * @param levels finite and strictly ascending, fewer than {@link Short#MAX_VALUE}; copied
     * @throws IllegalArgumentException when a level is not finite, the levels do not rise, or they are too many
     */
    public static LevelBands of(SampledGrid grid, double[] levels) {
        double[] own = ContourLevels.requireAscending(levels.clone());
        if (own.length >= Short.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + (Short.MAX_VALUE - 1) + " contour levels, not "
                    + own.length);
        }
        int columns = grid.columns();
        double[] values = grid.values();
        short[] bands = new short[values.length];
        IntStream.range(0, grid.rows()).parallel().forEach(j -> {
            int band = 0; // neighbours mostly share a band: try the last one first
            for (int at = j * columns; at < (j + 1) * columns; at++) {
                double v = values[at];
                if (Double.isFinite(v)) {
                    band = ContourLevels.band(own, v, band);
                    bands[at] = (short) band;
                } else {
                    bands[at] = UNDEFINED;
                }
            }
        });
        return new LevelBands(grid, own, bands);
    }

    public SampledGrid grid() {
        return grid;
    }

    /** How many levels divide the bands; the bands are numbered 0 to this. */
    public int levelCount() {
        return levels.length;
    }

    /** Level {@code k}, 0 the lowest. */
    public double level(int k) {
        return levels[k];
    }

    /** The band of the sample at column {@code i}, row {@code j}, or {@link #UNDEFINED}. */
    public int band(int i, int j) {
        return bands[j * grid.columns() + i];
    }

    /** All bands row by row, as {@link SampledGrid#values()} holds the samples; never modify. */
    short[] bands() {
        return bands;
    }
}
