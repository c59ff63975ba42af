package gdviz.chart.surface;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.util.Arrays;

/**
 * Fills polygons in one opaque colour straight into an image's int pixels, setting exactly the pixels that
 * Java2D's own non-antialiased fill sets with a {@link java.awt.BasicStroke} and normalised strokes (the default):
 * every corner is first moved to the nearest quarter-pixel position Java2D uses, a pixel is inside when its centre
 * is, and each edge's crossing of a row of pixel centres is stepped with Java2D's 31-bit error term, so the same
 * rounding puts the same pixels on each side of a shared edge.
 *
 * <p>Doing this without Java2D saves its per-shape set-up (pipeline validation, a native span iterator, a span
 * loop per shape), which dominates for thousands of faces a few pixels across. Not thread-safe.
 */
final class PixelPolygonFill {

    /** Java2D's one-pixel error step: 31 bits of fraction, the carry into the sign bit moving a pixel on. */
    private static final int ERROR_STEP = 0x7fffffff;

    /** Device coordinates beyond this, or not finite, are left to Java2D. */
    private static final float LARGEST_COORDINATE = 1 << 20;

    private final int[] pixels;
    private final int offset;
    private final int stride;
    private final float[] coords = new float[6];

    /** The edges of the polygon being filled, by field; grown as needed. */
    private int edges;
    private int[] firstRow = new int[8];
    private int[] endRow = new int[8];
    private int[] firstX = new int[8];
    private int[] stepX = new int[8];
    private int[] error = new int[8];
    private int[] stepError = new int[8];
    private int[] direction = new int[8];
    /** The crossings of each row, {@link #edges} places a row; and how many each row has. */
    private long[] crossings = new long[64];
    private int[] counts = new int[16];

    /** The clip box of the current fill, pixels [lox, hix) × [loy, hiy). */
    private int lox;
    private int loy;
    private int hix;
    private int hiy;

    /**
     * @param pixels the image's pixels, row after row
     * @param offset the index of the top left pixel
     * @param stride the distance between rows, in pixels
     */
    PixelPolygonFill(int[] pixels, int offset, int stride) {
        this.pixels = pixels;
        this.offset = offset;
        this.stride = stride;
    }

    /**
     * Fills {@code shape}, seen through {@code transform}, with {@code pixel} within the clip box. Does nothing
     * and returns false when the shape has curves, which this fill leaves to Java2D.
     *
     * @param transform user to device space, null for none
     * @param pixel     the value to store in each pixel inside
     * @param clip      the device clip box {lox, loy, hix, hiy}, within the image, hi exclusive
     * @return whether the shape was filled
     */
    boolean fill(Shape shape, AffineTransform transform, int pixel, int[] clip) {
        lox = clip[0];
        loy = clip[1];
        hix = clip[2];
        hiy = clip[3];
        if (lox >= hix || loy >= hiy) {
            return true;
        }
        PathIterator path = shape.getPathIterator(transform);
        if (!collectEdges(path)) {
            return false;
        }
        fillRows(pixel, path.getWindingRule() == PathIterator.WIND_EVEN_ODD);
        return true;
    }

    private boolean collectEdges(PathIterator path) {
        edges = 0;
        // Java2D's path state starts at (0, 0) for both points, so a path closes back the same way here.
        float curX = 0;
        float curY = 0;
        float moveX = 0;
        float moveY = 0;
        for (; !path.isDone(); path.next()) {
            int type = path.currentSegment(coords);
            if (type != PathIterator.SEG_CLOSE && !(usable(coords[0]) && usable(coords[1]))) {
                return false;
            }
            if (type == PathIterator.SEG_MOVETO) {
                close(curX, curY, moveX, moveY);
                moveX = curX = snap(coords[0]);
                moveY = curY = snap(coords[1]);
            } else if (type == PathIterator.SEG_LINETO) {
                float x = snap(coords[0]);
                float y = snap(coords[1]);
                addLine(curX, curY, x, y);
                curX = x;
                curY = y;
            } else if (type == PathIterator.SEG_CLOSE) {
                close(curX, curY, moveX, moveY);
                curX = moveX;
                curY = moveY;
            } else {
                return false;
            }
        }
        close(curX, curY, moveX, moveY);
        return true;
    }

    /**
     * Whether a coordinate is finite and within a range where Java2D's native integer conversions cannot overflow;
     * shapes with others are left to Java2D.
     */
    private static boolean usable(float v) {
        return Math.abs(v) < LARGEST_COORDINATE;
    }

    /** Moves a coordinate to Java2D's normalised position: a quarter pixel past the pixel corner nearest below. */
    static float snap(float v) {
        return (float) Math.floor(v + 0.25f) + 0.25f;
    }

    private void close(float curX, float curY, float moveX, float moveY) {
        if (curX != moveX || curY != moveY) {
            addLine(curX, curY, moveX, moveY);
        }
    }

    /** Drops a line that cannot touch the clip box, and stands one wholly left of it up at its right end. */
    private void addLine(float x0, float y0, float x1, float y1) {
        float minX = Math.min(x0, x1);
        float maxX = Math.max(x0, x1);
        if (Math.max(y0, y1) <= loy || Math.min(y0, y1) >= hiy || minX >= hix) {
            return;
        }
        if (maxX <= lox) {
            addEdge(maxX, y0, maxX, y1);
        } else {
            addEdge(x0, y0, x1, y1);
        }
    }

    /** Adds the edge's crossings of the rows of pixel centres, in Java2D's arithmetic (floats, then 31-bit steps). */
    private void addEdge(float x0, float y0, float x1, float y1) {
        int dir = 1;
        if (y0 > y1) {
            float t = x0;
            x0 = x1;
            x1 = t;
            t = y0;
            y0 = y1;
            y1 = t;
            dir = -1;
        }
        int top = (int) Math.ceil(y0 - 0.5f);
        int end = (int) Math.ceil(y1 - 0.5f);
        if (top >= end || top >= hiy || end <= loy) {
            return;
        }
        float dx = x1 - x0;
        float dy = y1 - y0;
        float slope = dx / dy;
        float rise = top + 0.5f - y0;
        float x = x0 + rise * dx / dy;
        int startX = (int) Math.ceil(x - 0.5f);
        grow();
        firstRow[edges] = top;
        endRow[edges] = end;
        firstX[edges] = startX;
        stepX[edges] = (int) Math.floor(slope);
        stepError[edges] = (int) ((slope - Math.floor(slope)) * (double) ERROR_STEP);
        error[edges] = (int) ((x - (startX - 0.5f)) * (double) ERROR_STEP);
        direction[edges] = dir;
        edges++;
    }

    /**
     * Walks each edge down its rows, stepping its crossing as Java2D does, into one bucket of crossings per row;
     * then fills each row.
     */
    private void fillRows(int pixel, boolean evenOdd) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int e = 0; e < edges; e++) {
            first = Math.min(first, firstRow[e]);
            last = Math.max(last, endRow[e]);
        }
        first = Math.max(first, loy);
        last = Math.min(last, hiy);
        if (first >= last) {
            return;
        }
        int rows = last - first;
        if (counts.length < rows) {
            counts = new int[Math.max(rows, counts.length * 2)];
        }
        if (crossings.length < rows * edges) {
            crossings = new long[Math.max(rows * edges, crossings.length * 2)];
        }
        Arrays.fill(counts, 0, rows, 0);
        for (int e = 0; e < edges; e++) {
            bucket(e, first, rows);
        }
        for (int r = 0; r < rows; r++) {
            int from = r * edges;
            int count = counts[r];
            if (count == 2 && (evenOdd || (int) crossings[from] + (int) crossings[from + 1] == 0)) {
                // The usual row of a face: in at one crossing, out at the other.
                int a = (int) (crossings[from] >> 32);
                int b = (int) (crossings[from + 1] >> 32);
                span(offset + (first + r) * stride, Math.min(a, b), Math.max(a, b), pixel);
            } else {
                sortFew(crossings, from, count);
                fillRow(first + r, from, count, pixel, evenOdd);
            }
        }
    }

    /**
     * Puts edge {@code e}'s crossings of rows [first, first + rows) into their rows' buckets, the crossing in the
     * upper 32 bits and the edge's direction below. The first crossing is worked out in one go, the rest stepped
     * by whole pixels and a 31-bit error carried into the sign bit, which gives the same pixels as Java2D's
     * stepping from the edge's top.
     */
    private void bucket(int e, int first, int rows) {
        int from = Math.max(firstRow[e], first);
        int to = Math.min(endRow[e], first + rows);
        long steps = from - firstRow[e];
        long carried = error[e] + steps * stepError[e];
        int x = firstX[e] + (int) (steps * stepX[e]) + (int) (carried >> 31);
        int err = (int) carried & ERROR_STEP;
        int step = stepX[e];
        int errStep = stepError[e];
        long dir = direction[e] & 0xffffffffL;
        for (int row = from; row < to; row++) {
            int r = row - first;
            crossings[r * edges + counts[r]++] = (long) x << 32 | dir;
            x += step;
            err += errStep;
            x -= err >> 31;
            err &= ERROR_STEP;
        }
    }

    /** Sorts {@code count} values from {@code from} by insertion: a row of a face crosses only a few edges. */
    private static void sortFew(long[] values, int from, int count) {
        for (int k = from + 1; k < from + count; k++) {
            long value = values[k];
            int j = k - 1;
            while (j >= from && values[j] > value) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }

    /** Fills the runs of the row whose winding number is non-zero (or odd), clipped. */
    private void fillRow(int row, int from, int count, int pixel, boolean evenOdd) {
        int winding = 0;
        int start = 0;
        int base = offset + row * stride;
        for (int k = from; k < from + count; k++) {
            int x = (int) (crossings[k] >> 32);
            if (winding == 0) {
                start = x;
            }
            winding = evenOdd ? winding ^ 1 : winding + (int) crossings[k];
            if (winding == 0) {
                span(base, start, x, pixel);
            }
        }
        if (winding != 0) {
            span(base, start, hix, pixel);
        }
    }

    private void span(int base, int from, int to, int pixel) {
        int x0 = Math.max(from, lox);
        int x1 = Math.min(to, hix);
        if (x0 < x1) {
            Arrays.fill(pixels, base + x0, base + x1, pixel);
        }
    }

    private void grow() {
        if (edges < firstRow.length) {
            return;
        }
        int size = firstRow.length * 2;
        firstRow = Arrays.copyOf(firstRow, size);
        endRow = Arrays.copyOf(endRow, size);
        firstX = Arrays.copyOf(firstX, size);
        stepX = Arrays.copyOf(stepX, size);
        error = Arrays.copyOf(error, size);
        stepError = Arrays.copyOf(stepError, size);
        direction = Arrays.copyOf(direction, size);
    }
}
