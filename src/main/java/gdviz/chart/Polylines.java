package gdviz.chart;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Iso-lines as polylines rather than loose segments, and drawn with only the vertices that show.
 *
 * <p>Marching squares gives each cell its own segment, so a line at one sample per pixel is thousands of
 * pixel-long segments; stroked one by one, each has its own ends to anti-alias. Joined where they meet (cells
 * sharing an edge compute the same crossing, exactly) and thinned to what differs on screen, a line is stroked as
 * a few hundred vertices instead.
 */
final class Polylines {

    /** A run of vertices dropped may bend from its chord by at most this much, in pixels: not visible. */
    static final double TOLERANCE = 0.1;
    /** At most this many vertices are dropped in a row, which bounds the cost of checking them. */
    private static final int LONGEST_RUN = 32;

    private Polylines() {
    }

    /**
     * The segments joined end to end where one ends exactly where another starts or ends.
     *
     * @param segments x1, y1, x2, y2 per segment
     * @return polylines as x, y per vertex, together holding every segment once
     */
    static List<double[]> join(double[] segments) {
        int count = segments.length / 4;
        SegmentEnds touching = new SegmentEnds(count);
        for (int s = 0; s < count; s++) {
            touching.add(segments[4 * s], segments[4 * s + 1], s);
            touching.add(segments[4 * s + 2], segments[4 * s + 3], s);
        }
        boolean[] used = new boolean[count];
        List<double[]> lines = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            if (used[s]) {
                continue;
            }
            used[s] = true;
            Vertices forward = new Vertices();
            forward.add(segments[4 * s], segments[4 * s + 1]);
            forward.add(segments[4 * s + 2], segments[4 * s + 3]);
            extend(forward, segments, touching, used);
            Vertices backward = new Vertices();
            backward.add(segments[4 * s], segments[4 * s + 1]);
            extend(backward, segments, touching, used);
            lines.add(backward.reversedThen(forward));
        }
        return lines;
    }

    /** Adds unused segments at the last vertex, one after another, while there is one. */
    private static void extend(Vertices line, double[] segments, SegmentEnds touching, boolean[] used) {
        while (true) {
            double x = line.lastX();
            double y = line.lastY();
            int next = touching.firstUnused(x, y, used);
            if (next < 0) {
                return;
            }
            used[next] = true;
            boolean fromStart = segments[4 * next] == x && segments[4 * next + 1] == y;
            int far = fromStart ? 4 * next + 2 : 4 * next;
            line.add(segments[far], segments[far + 1]);
        }
    }

    /**
     * Adds {@code polyline} to {@code path} in screen coordinates, leaving out vertices that lie within
     * {@link #TOLERANCE} pixels of the chord that replaces them.
     */
    static void append(Path2D.Double path, double[] polyline, MapGeometry geometry) {
        int n = polyline.length / 2;
        double[] sx = new double[n];
        double[] sy = new double[n];
        for (int k = 0; k < n; k++) {
            sx[k] = geometry.toScreenX(polyline[2 * k]);
            sy[k] = geometry.toScreenY(polyline[2 * k + 1]);
        }
        path.moveTo(sx[0], sy[0]);
        int anchor = 0;
        for (int k = 2; k < n; k++) {
            if (k - anchor > LONGEST_RUN || !straight(sx, sy, anchor, k)) {
                path.lineTo(sx[k - 1], sy[k - 1]);
                anchor = k - 1;
            }
        }
        path.lineTo(sx[n - 1], sy[n - 1]);
    }

    /** Whether every vertex strictly between {@code from} and {@code to} lies near the chord between them. */
    private static boolean straight(double[] x, double[] y, int from, int to) {
        double dx = x[to] - x[from];
        double dy = y[to] - y[from];
        double length = Math.hypot(dx, dy);
        for (int k = from + 1; k < to; k++) {
            double ox = x[k] - x[from];
            double oy = y[k] - y[from];
            // Distance to the chord's line, or to its start when the chord has no length (a closed ring).
            double off = length > 0 ? Math.abs(ox * dy - oy * dx) / length : Math.hypot(ox, oy);
            // A vertex beyond the chord's ends (the line doubling back) is not on the chord either.
            double along = ox * dx + oy * dy;
            if (!(off <= TOLERANCE) || along < 0 || along > length * length) {
                return false;
            }
        }
        return true;
    }

    /**
     * The segments that end at each point, in the order added, found by the point's exact bits: a hash table of
     * primitives, as boxing a key per segment end took most of the joining time.
     */
    private static final class SegmentEnds {
        private static final int EMPTY = -1;

        private final long[] xBits;
        private final long[] yBits;
        /** Per slot, the first and last entry of the point's list; EMPTY marks a free slot. */
        private final int[] first;
        private final int[] last;
        /** Per entry, its segment and the next entry of the same point. */
        private final int[] segment;
        private final int[] next;
        private final int mask;
        private int entries;

        /** @param segments how many segments will be added, each with its two ends */
        SegmentEnds(int segments) {
            int slots = Integer.highestOneBit(Math.max(4, segments * 4 - 1)) << 1; // at most a quarter full
            xBits = new long[slots];
            yBits = new long[slots];
            first = new int[slots];
            last = new int[slots];
            Arrays.fill(first, EMPTY);
            segment = new int[2 * segments];
            next = new int[2 * segments];
            mask = slots - 1;
        }

        void add(double x, double y, int s) {
            int slot = slot(Double.doubleToLongBits(x), Double.doubleToLongBits(y));
            int entry = entries++;
            segment[entry] = s;
            next[entry] = EMPTY;
            if (first[slot] == EMPTY) {
                first[slot] = entry;
            } else {
                next[last[slot]] = entry;
            }
            last[slot] = entry;
        }

        /** The first segment added at (x, y) that is not {@code used}, or −1. */
        int firstUnused(double x, double y, boolean[] used) {
            for (int e = first[slot(Double.doubleToLongBits(x), Double.doubleToLongBits(y))]; e != EMPTY; e = next[e]) {
                if (!used[segment[e]]) {
                    return segment[e];
                }
            }
            return -1;
        }

        /** The slot holding the point, or the free slot where it goes (claimed for it). */
        private int slot(long x, long y) {
            long h = x * 0x9E3779B97F4A7C15L ^ y * 0xC2B2AE3D27D4EB4FL;
            int slot = (int) (h ^ h >>> 29 ^ h >>> 47) & mask;
            while (first[slot] != EMPTY && (xBits[slot] != x || yBits[slot] != y)) {
                slot = (slot + 1) & mask;
            }
            xBits[slot] = x;
            yBits[slot] = y;
            return slot;
        }
    }

    /** A growing list of vertices. */
    private static final class Vertices {
        private double[] xy = new double[16];
        private int size;

        void add(double x, double y) {
            if (size + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            xy[size++] = x;
            xy[size++] = y;
        }

        double lastX() {
            return xy[size - 2];
        }

        double lastY() {
            return xy[size - 1];
        }

        /** This list backwards, without its first vertex (the one {@code then} starts with), then {@code then}. */
        double[] reversedThen(Vertices then) {
            double[] out = new double[size - 2 + then.size];
            int at = 0;
            for (int k = size - 2; k >= 2; k -= 2) {
                out[at++] = xy[k];
                out[at++] = xy[k + 1];
            }
            System.arraycopy(then.xy, 0, out, at, then.size);
            return out;
        }
    }
}
