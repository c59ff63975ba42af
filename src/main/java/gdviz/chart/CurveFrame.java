package gdviz.chart;

/**
 * One animation frame of descent on a one-variable function: the steps revealed so far and the slope at the
 * last of them. Arrays are read, never modified, and not copied, as in {@link PathFrame}.
 *
 * @param xs      x of every iterate (iteration 0 is the start)
 * @param fs      f at every iterate, same length as {@code xs}
 * @param current the last revealed iterate, 0 ≤ current &lt; xs.length
 * @param slope   f'(x) at the current iterate, the tangent's slope (NaN: no tangent, no arrow)
 * @param rate    the learning rate α
 */
public record CurveFrame(double[] xs, double[] fs, int current, double slope, double rate) {

    public CurveFrame {
        PathFrame.requirePoints(xs, fs, current);
    }

    /** This frame as a path through the points (x, f(x)) whose gradient is the slope along x. */
    PathFrame asPath() {
        return new PathFrame(xs, fs, current, slope, 0, rate);
    }
}
