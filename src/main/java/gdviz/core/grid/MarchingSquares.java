package gdviz.core.grid;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Iso-lines of a sampled grid by marching squares with linear interpolation along cell edges.
 *
 * <p>Cells with a NaN or infinite corner are skipped, so lines stop at the edge of the function's domain. The
 * two saddle configurations are resolved by the mean of the four corners, which keeps lines from crossing.
 */
public final class MarchingSquares {

    private MarchingSquares() {
    }

    /** Rows of cells per parallel task: large enough to amortise the task, small enough to share the work. */
    private static final int ROWS_PER_TASK = 32;

    /**
     * One iso-line per level, in the order given; a level that is not a finite number has an empty line. The
     * grid is walked once for all levels, as {@link #trace(LevelBands)} describes.
     */
    public static List<IsoLine> trace(SampledGrid grid, double[] levels) {
        // Equal levels (0 and -0 among them) share one line; the bands need each level once, in order.
        double[] distinct = Arrays.stream(levels).filter(Double::isFinite).map(level -> level + 0.0).sorted()
                .distinct().toArray();
        double[][] traced = segments(LevelBands.of(grid, distinct));
        IsoLine[] lines = new IsoLine[levels.length];
        for (int k = 0; k < levels.length; k++) {
            int at = Arrays.binarySearch(distinct, levels[k] + 0.0);
            lines[k] = new IsoLine(levels[k], at >= 0 ? traced[at] : new double[0]);
        }
        return List.of(lines);
    }

    /** The iso-line f = {@code level}. */
    public static IsoLine trace(SampledGrid grid, double level) {
        return trace(grid, new double[] {level}).get(0);
    }

    /**
     * One iso-line per level of {@code bands}, lowest first. Each cell is crossed only by the levels from its
     * lowest corner's band up to its highest corner's (usually none or one), read from the bands without a
     * search, so the cost grows with the cells and the segments drawn, not with cells × levels. Bands of rows
     * are traced in parallel and joined in row order, so the result is exactly that of tracing each level alone.
     */
    public static List<IsoLine> trace(LevelBands bands) {
        double[][] traced = segments(bands);
        IsoLine[] lines = new IsoLine[traced.length];
        for (int k = 0; k < traced.length; k++) {
            lines[k] = new IsoLine(bands.level(k), traced[k]);
        }
        return List.of(lines);
    }

    /** The segments of each level of {@code bands}, lowest first. */
    private static double[][] segments(LevelBands bands) {
        int cellRows = bands.grid().rows() - 1;
        int tasks = (cellRows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        List<SegmentBuffer[]> parts = IntStream.range(0, tasks).parallel()
                .mapToObj(t -> traceRows(bands, t * ROWS_PER_TASK, Math.min(cellRows, (t + 1) * ROWS_PER_TASK)))
                .collect(Collectors.toList());
        double[][] traced = new double[bands.levelCount()][];
        for (int k = 0; k < traced.length; k++) {
            int level = k;
            traced[k] = SegmentBuffer.join(parts.stream().map(p -> p[level]).collect(Collectors.toList()));
        }
        return traced;
    }

    /** Segments of every level in cell rows [{@code from}, {@code to}), one buffer per level, lowest first. */
    private static SegmentBuffer[] traceRows(LevelBands bands, int from, int to) {
        SegmentBuffer[] out = new SegmentBuffer[bands.levelCount()];
        for (int k = 0; k < out.length; k++) {
            out[k] = new SegmentBuffer();
        }
        SampledGrid grid = bands.grid();
        short[] b = bands.bands();
        int columns = grid.columns();
        for (int j = from; j < to; j++) {
            int row = j * columns;
            for (int i = 0; i + 1 < columns; i++) {
                int a = b[row + i];
                int c = b[row + columns + i + 1];
                int low = Math.min(Math.min(a, b[row + i + 1]), Math.min(c, b[row + columns + i]));
                int high = Math.max(Math.max(a, b[row + i + 1]), Math.max(c, b[row + columns + i]));
                // A corner where f is undefined (band -1) leaves the cell out, so lines stop at the domain's edge.
                if (low < 0) {
                    continue;
                }
                // Levels below the lowest corner's band, or from the highest corner's band on, give case 0 or 15.
                for (int k = low; k < high; k++) {
                    traceCell(grid, i, j, bands.level(k), out[k]);
                }
            }
        }
        return out;
    }

    /** The segments of {@code level} in cell (i, j), whose corners are all finite. */
    private static void traceCell(SampledGrid g, int i, int j, double level, SegmentBuffer out) {
        double a = g.value(i, j);          // bottom left
        double b = g.value(i + 1, j);      // bottom right
        double c = g.value(i + 1, j + 1);  // top right
        double d = g.value(i, j + 1);      // top left
        int index = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
        if (index == 0 || index == 15) {
            return;
        }
        double x0 = g.x(i);
        double x1 = g.x(i + 1);
        double y0 = g.y(j);
        double y1 = g.y(j + 1);
        // Crossing points on the four edges (computed lazily would save little; cells that cross are few).
        double bottomX = x0 + (x1 - x0) * fraction(a, b, level);
        double rightY = y0 + (y1 - y0) * fraction(b, c, level);
        double topX = x0 + (x1 - x0) * fraction(d, c, level);
        double leftY = y0 + (y1 - y0) * fraction(a, d, level);
        switch (index) {
            case 1, 14 -> out.add(x0, leftY, bottomX, y0);
            case 2, 13 -> out.add(bottomX, y0, x1, rightY);
            case 3, 12 -> out.add(x0, leftY, x1, rightY);
            case 4, 11 -> out.add(x1, rightY, topX, y1);
            case 6, 9 -> out.add(bottomX, y0, topX, y1);
            case 7, 8 -> out.add(x0, leftY, topX, y1);
            case 5, 10 -> {
                boolean centreAbove = (a + b + c + d) / 4 >= level;
                // Corners a and c are on one side; the centre decides whether they connect through the middle.
                if ((index == 5) == centreAbove) {
                    out.add(x0, leftY, topX, y1);
                    out.add(bottomX, y0, x1, rightY);
                } else {
                    out.add(x0, leftY, bottomX, y0);
                    out.add(x1, rightY, topX, y1);
                }
            }
            default -> throw new IllegalStateException("marching squares case " + index);
        }
    }

    private static double fraction(double from, double to, double level) {
        return (level - from) / (to - from);
    }

    /** A growable array of segment coordinates, so tracing allocates no object per segment. */
    private static final class SegmentBuffer {
        private double[] data = new double[64];
        private int size;

        void add(double x1, double y1, double x2, double y2) {
            if (size + 4 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = x1;
            data[size++] = y1;
            data[size++] = x2;
            data[size++] = y2;
        }

        /** The segments of all {@code parts}, in order. */
        static double[] join(List<SegmentBuffer> parts) {
            double[] all = new double[parts.stream().mapToInt(p -> p.size).sum()];
            int at = 0;
            for (SegmentBuffer part : parts) {
                System.arraycopy(part.data, 0, all, at, part.size);
                at += part.size;
            }
            return all;
        }
    }
}
