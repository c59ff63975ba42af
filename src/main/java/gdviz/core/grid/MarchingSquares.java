package gdviz.core.grid;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Iso-lines of a sampled grid by marching squares with linear interpolation along cell edges.
 *
 * <p>Cells with a NaN or infinite corner are skipped, so lines stop at the edge of the function's domain. The
 * two saddle configurations are resolved by the mean of the four corners, which keeps lines from crossing.
 */
public final class MarchingSquares {

    private MarchingSquares() {
    }

    /** One iso-line per level, in the order given; levels are traced in parallel. */
    public static List<IsoLine> trace(SampledGrid grid, double[] levels) {
        return Arrays.stream(levels).parallel().mapToObj(level -> trace(grid, level)).collect(Collectors.toList());
    }

    /** The iso-line f = {@code level}. */
    public static IsoLine trace(SampledGrid grid, double level) {
        SegmentBuffer out = new SegmentBuffer();
        for (int j = 0; j + 1 < grid.rows(); j++) {
            for (int i = 0; i + 1 < grid.columns(); i++) {
                traceCell(grid, i, j, level, out);
            }
        }
        return new IsoLine(level, out.toArray());
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
        private double[] data = new double[256];
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

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
