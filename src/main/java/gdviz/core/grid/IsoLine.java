package gdviz.core.grid;

/**
 * The curve f = level over a sampled grid, as independent line segments.
 *
 * @param level    the contour value
 * @param segments x1, y1, x2, y2 for each segment, in domain coordinates; never modify
 */
public record IsoLine(double level, double[] segments) {

    public int segmentCount() {
        return segments.length / 4;
    }

    public boolean isEmpty() {
        return segments.length == 0;
    }

    /**
     * A point on the line for its label: the midpoint of the segment nearest the middle of the list, which for
     * marching squares output lies well inside the curve rather than at the grid edge.
     *
     * @return {x, y}, or null when the line is empty
     */
    public double[] labelPoint() {
        if (isEmpty()) {
            return null;
        }
        int s = segmentCount() / 2 * 4;
        return new double[] {(segments[s] + segments[s + 2]) / 2, (segments[s + 1] + segments[s + 3]) / 2};
    }
}
