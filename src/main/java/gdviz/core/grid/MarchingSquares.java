package gdviz.core.grid;

import java.util.Arrays;
import java.util.Comparator;
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
     * One iso-line per level, in the order given. The grid is walked once for all levels: each cell is crossed
     * only by the levels between its lowest and highest corner (usually none or one), so the cost grows with the
     * cells and the segments drawn, not with cells × levels. Bands of rows are traced in parallel and joined in
     * row order, so the result is exactly that of tracing each level alone.
     */
    public static List<IsoLine> trace(SampledGrid grid, double[] levels) {
        int[] order = IntStream.range(0, levels.length).boxed()
                .sorted(Comparator.comparingDouble(k -> levels[k])).mapToInt(Integer::intValue).toArray();
        double[] sorted = Arrays.stream(order).mapToDouble(k -> levels[k]).toArray();
        int cellRows = grid.rows() - 1;
        int tasks = (cellRows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        List<SegmentBuffer[]> bands = IntStream.range(0, tasks).parallel()
                .mapToObj(t -> traceRows(grid, sorted, t * ROWS_PER_TASK,
                        Math.min(cellRows, (t + 1) * ROWS_PER_TASK)))
                .collect(Collectors.toList());
        IsoLine[] lines = new IsoLine[levels.length];
        for (int s = 0; s < sorted.length; s++) {
            int level = s;
            lines[order[s]] = new IsoLine(sorted[s], SegmentBuffer.join(bands.stream().map(b -> b[level])
                    .collect(Collectors.toList())));
        }
        return List.of(lines);
    }

    /** Segments of every level in cell rows [{@code from}, {@code to}), one buffer per level in sorted order. */
    private static SegmentBuffer[] traceRows(SampledGrid grid, double[] sortedLevels, int from, int to) {
        SegmentBuffer[] out = new SegmentBuffer[sortedLevels.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = new SegmentBuffer();
        }
        double[] v = grid.values();
        int columns = grid.columns();
        for (int j = from; j < to; j++) {
            int row = j * columns;
            int first = 0; // the first level above the cell's lowest corner
            for (int i = 0; i + 1 < columns; i++) {
                double a = v[row + i];
                double b = v[row + i + 1];
                double c = v[row + columns + i + 1];
                double d = v[row + columns + i];
                double low = Math.min(Math.min(a, b), Math.min(c, d));
                double high = Math.max(Math.max(a, b), Math.max(c, d));
                // NaN and infinite corners leave the cell out, as in the single-level trace.
                if (!(Double.isFinite(low) && Double.isFinite(high))) {
                    continue;
                }
                // Only levels in (low, high] have corners on both sides; the rest give case 0 or 15.
                first = ContourLevels.band(sortedLevels, low, first);
                for (int k = first; k < sortedLevels.length && sortedLevels[k] <= high; k++) {
                    traceCell(grid, i, j, sortedLevels[k], out[k]);
                }
            }
        }
        return out;
    }

    /** The iso-line f = {@code level}. */
    public static IsoLine trace(SampledGrid grid, double level) {
        return trace(grid, new double[] {level}).get(0);
    }

    private static void traceCell(SampledGrid g, int i, int j, double level, SegmentBuffer out) {
        double a = g.value(i, j);          // bottom left
        double b = g.value(i + 1, j);      // bottom right
        double c = g.value(i + 1, j + 1);  // top right
        double d = g.value(i, j + 1);      // top left
        if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(d))) {
            return;
        }
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
